# The Gong Temporal worker. Built by docker-compose.yml; runs the TypeScript sources through tsx
# (a runtime dependency), so there is no separate build step.
FROM node:20-slim

ENV NODE_ENV=production
WORKDIR /app

# Dependencies first so source edits do not invalidate the npm layer.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

COPY . .

# Created here (owned by the unprivileged user) so a fresh named volume inherits the ownership.
RUN mkdir -p /data/connections && chown node:node /data/connections
USER node

ENV TEMPORAL_ADDRESS=temporal:7233 \
    GONG_CONNECTIONS_DIR=/data/connections

CMD ["node", "bin/gong-worker.js", "worker"]
