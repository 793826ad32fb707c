# The Gong Temporal worker: compiled JavaScript and a prebuilt workflow bundle on a Node LTS base,
# run as the unprivileged `node` user, with production dependencies only.
#
#   docker build --build-arg GIT_COMMIT=$(git rev-parse --short=12 HEAD) -t gong-temporal-worker:0.1.0 .
#
# The base is pinned by version (Node 24 LTS, supported until April 2028; Debian bookworm); a
# platform team that wants byte-for-byte rebuilds pins the digest too:
# node:24.11.1-bookworm-slim@sha256:<digest>.
ARG NODE_IMAGE=node:24.11.1-bookworm-slim

# --- build: every dependency, then `npm run build` (esbuild output + workflow bundle) ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# The client package is a workspace of the lock file: npm ci needs its manifest.
COPY package.json package-lock.json ./
COPY packages/client/package.json ./packages/client/
# --ignore-scripts: `prepare` would build before the sources are copied; the build needs no
# dependency's install script (the Temporal native bridge ships prebuilt binaries).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.types.json ./
COPY scripts ./scripts
COPY src ./src
# The launcher: the runtime stage takes bin/gong-worker.js from here (assemble-runtime.sh).
COPY bin ./bin
# No .git in the build context: the commit for the default build id comes in as an argument.
ARG GIT_COMMIT=
RUN GIT_COMMIT="${GIT_COMMIT}" npm run build

# --- runtime: production dependencies, dist/ and the launcher; no sources, no dev tools ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
# scripts/assemble-runtime.sh is the one recipe for this tree (the tests run it too): production
# dependencies with the install step they need, dist/ and bin/. The build stage is mounted
# read-only for it, so nothing of that stage but what the script copies reaches a layer.
RUN --mount=type=bind,from=build,source=/app,target=/src \
    sh /src/scripts/assemble-runtime.sh /app && npm cache clean --force
WORKDIR /app

# Created here (owned by the unprivileged user) so a fresh named volume inherits the ownership.
RUN mkdir -p /data/connections && chown node:node /data/connections
USER node

ENV TEMPORAL_ADDRESS=temporal:7233 \
    GONG_CONNECTIONS_DIR=/data/connections \
    GONG_WORKER_HEALTH_ADDRESS=0.0.0.0:8080 \
    LOG_FORMAT=json

# /readyz: the worker polls its task queue, Temporal answers and the connection store answers.
# Node's own fetch, so the image needs no curl.
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# SIGTERM starts the worker's graceful shutdown (10 s grace for running activities).
STOPSIGNAL SIGTERM
CMD ["node", "bin/gong-worker.js", "worker"]
