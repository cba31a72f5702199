# agente-hotel-api image: one image for every role (APP_ROLE=api|worker|all is set at run time).
#
#   docker build -t agente-hotel-api .
#   docker run --rm -p 3000:3000 agente-hotel-api                       # embedded mode (no Redis)
#   docker run --rm -p 3000:3000 -e REDIS_URL=redis://host:6379/0 agente-hotel-api
#
# Stages: `builder` compiles TypeScript with the dev dependencies; `prod-deps` installs the production
# dependencies only (a clean `npm ci --omit=dev`, so nothing from the build leaks in); `runtime` gets
# dist/, the production node_modules, package.json and data/ — no sources, no compilers, no npm cache.

# Node 24, the LTS line (Node 20's support ended in April 2026). CI runs the test suite on the
# development machine's Node 20 and on Node 24 (.ci/run).
ARG NODE_IMAGE=node:24-slim

# ---- build -----------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS builder
WORKDIR /app
# Dependencies first, so this layer is cached until package*.json change. No install script is needed
# by the project, hence --ignore-scripts (native add-ons used here ship prebuilt binaries).
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY nest-cli.json tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# ---- production dependencies -----------------------------------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# ---- runtime ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Files stay owned by root and are only readable by the service user: the process cannot rewrite its
# own code, and the container also runs with a read-only root filesystem (see deploy/k8s).
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
COPY package.json ./
# The bundled demo tenants (data/tenants.demo.json) are read at run time, resolved from dist/config as
# ../../data, i.e. /app/data.
COPY data ./data
# The NLU's network, trained here once (into node_modules/.cache, read-only at run time): the container
# loads it in about a second at start-up instead of training for 10-30 s (README, NLU).
RUN node -e "require('./dist/nlp/parse-text').trainedClassifier().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); })"

# The image's `node` user (uid/gid 1000), given numerically so that Kubernetes' runAsNonRoot can
# verify it is not root without a runAsUser override.
USER 1000:1000

EXPOSE 3000

# Liveness only (never checks dependencies). There is no curl in the slim image: Node's own fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# node directly (not npm), so SIGTERM reaches the service and starts its graceful shutdown. A 32 MB
# semi-space: the young generation of a message-heavy process fills the default 16 MB in moments
# (GC 6.1-6.2% of CPU -> 4.8-5.0% at saturation, README "Performance").
CMD ["node", "--max-semi-space-size=32", "dist/main.js"]
