import { EnvironmentVariables } from '../../src/config/environment.schema';
import { configVariableNames, loadConfig } from '../../src/config/load-config';
import { parseDockerfile } from './dockerfile';
import { asArray, asRecord, filesUnder, isRecord, readText, readYamlDocuments, scalar } from './repo-files';
import { SHUTDOWN_DEADLINE_MARGIN_MS } from '../../src/server';

type Obj = Record<string, unknown>;

const defaults = new EnvironmentVariables();
const manifestFiles = filesUnder('deploy/k8s').filter((file) => /\.ya?ml$/.test(file));
const manifests = manifestFiles.flatMap((file) =>
  readYamlDocuments(file).map((doc) => ({ file, doc: asRecord(doc, file) })),
);

function ofKind(kind: string): Obj[] {
  return manifests.filter(({ doc }) => doc.kind === kind).map(({ doc }) => doc);
}

function nameOf(doc: Obj): string {
  return scalar(asRecord(doc.metadata, 'metadata').name);
}

function podSpec(deployment: Obj): Obj {
  return asRecord(asRecord(asRecord(deployment.spec, 'spec').template, 'template').spec, 'pod spec');
}

function podLabels(deployment: Obj): Obj {
  const template = asRecord(asRecord(deployment.spec, 'spec').template, 'template');
  return asRecord(asRecord(template.metadata, 'template metadata').labels, 'pod labels');
}

function containersOf(deployment: Obj): Obj[] {
  return asArray(podSpec(deployment).containers, 'containers').map((c) => asRecord(c, 'container'));
}

function envOf(container: Obj): Obj[] {
  return asArray(container.env ?? [], 'env').map((e) => asRecord(e, 'env entry'));
}

/** The Deployment whose container sets APP_ROLE to `role`. */
function deploymentFor(role: string): { deployment: Obj; container: Obj } {
  const found = ofKind('Deployment').flatMap((deployment) =>
    containersOf(deployment)
      .filter((container) => envOf(container).some((e) => e.name === 'APP_ROLE' && e.value === role))
      .map((container) => ({ deployment, container })),
  );
  if (found.length !== 1)
    throw new Error(`expected one container with APP_ROLE=${role}, found ${found.length}`);
  return found[0];
}

/** A probe's or Service's port (number or name) as the container port number it reaches. */
function containerPort(container: Obj, port: unknown): number | undefined {
  const ports = asArray(container.ports ?? [], 'ports').map((p) => asRecord(p, 'port'));
  const match = ports.find((p) => p.name === port || p.containerPort === port);
  return match === undefined ? undefined : Number(match.containerPort);
}

function labelsMatch(selector: Obj, labels: Obj): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

const configMaps = new Map(ofKind('ConfigMap').map((doc) => [nameOf(doc), doc]));
const secrets = new Map(ofKind('Secret').map((doc) => [nameOf(doc), doc]));

function keysOf(doc: Obj): string[] {
  return ['data', 'stringData'].flatMap((field) => Object.keys(asRecord(doc[field] ?? {}, field)));
}

function stringDataOf(doc: Obj): Record<string, string> {
  const entries = Object.entries(asRecord(doc.stringData ?? {}, 'stringData')).map(([k, v]) => [
    k,
    scalar(v),
  ]);
  const data = Object.entries(asRecord(doc.data ?? {}, 'data')).map(([k, v]) => [
    k,
    doc.kind === 'Secret' ? Buffer.from(scalar(v), 'base64').toString('utf8') : scalar(v),
  ]);
  return Object.fromEntries([...data, ...entries]) as Record<string, string>;
}

/** The environment a container gets from the examples: envFrom sources, then its own env values. */
function environmentOf(container: Obj): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const source of asArray(container.envFrom ?? [], 'envFrom').map((s) => asRecord(s, 'envFrom'))) {
    const prefix = scalar(source.prefix, '');
    const ref = isRecord(source.configMapRef) ? configMaps : secrets;
    const name = scalar(asRecord(source.configMapRef ?? source.secretRef, 'envFrom ref').name);
    const doc = ref.get(name);
    if (doc) for (const [k, v] of Object.entries(stringDataOf(doc))) environment[`${prefix}${k}`] = v;
  }
  for (const entry of envOf(container)) {
    if (entry.value !== undefined) environment[scalar(entry.name)] = scalar(entry.value);
    const from = isRecord(entry.valueFrom) ? entry.valueFrom : {};
    const keyRef = (from.configMapKeyRef ?? from.secretKeyRef) as Obj | undefined;
    const doc = keyRef && (from.configMapKeyRef ? configMaps : secrets).get(scalar(keyRef.name));
    if (keyRef && doc) environment[scalar(entry.name)] = stringDataOf(doc)[scalar(keyRef.key)];
  }
  return environment;
}

/** How long a preStop hook holds the pod before SIGTERM: `sleep` action, `sleep N` or a node setTimeout. */
function preStopMs(container: Obj): number {
  const lifecycle = isRecord(container.lifecycle) ? container.lifecycle : {};
  if (!isRecord(lifecycle.preStop)) return 0;
  const preStop = lifecycle.preStop;
  if (isRecord(preStop.sleep)) return Number(preStop.sleep.seconds) * 1000;
  const command = asArray(asRecord(preStop.exec, 'preStop.exec').command, 'command')
    .map((w) => scalar(w))
    .join(' ');
  const sleep = /\bsleep\s+(\d+)\b/.exec(command);
  if (sleep) return Number(sleep[1]) * 1000;
  const timeout = /setTimeout\([^,]*,\s*(\d+)\s*\)/.exec(command);
  if (timeout) return Number(timeout[1]);
  throw new Error(`cannot tell how long this preStop hook waits: ${command}`);
}

describe('deploy/k8s', () => {
  it('parses every manifest, each object with apiVersion, kind and name', () => {
    expect(manifestFiles.length).toBeGreaterThan(0);
    for (const { file, doc } of manifests) {
      expect({ file, apiVersion: typeof doc.apiVersion, kind: typeof doc.kind }).toEqual({
        file,
        apiVersion: 'string',
        kind: 'string',
      });
      expect(nameOf(doc)).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    }
  });

  describe.each(['api', 'worker'])('the %s Deployment', (role) => {
    const { deployment, container } = deploymentFor(role);
    const port = Number(environmentOf(container).PORT ?? defaults.PORT);

    it('selects its own pod labels', () => {
      const selector = asRecord(
        asRecord(asRecord(deployment.spec, 'spec').selector, 'selector').matchLabels,
        'matchLabels',
      );
      expect(labelsMatch(selector, podLabels(deployment))).toBe(true);
    });

    it('probes liveness on /health/live and readiness on /health/ready, at the app port', () => {
      expect(containerPort(container, port)).toBe(port);
      const probes = {
        livenessProbe: '/health/live',
        readinessProbe: '/health/ready',
        startupProbe: '/health/live',
      };
      for (const [probe, path] of Object.entries(probes)) {
        if (probe === 'startupProbe' && container.startupProbe === undefined) continue;
        const httpGet = asRecord(asRecord(container[probe], probe).httpGet, `${probe}.httpGet`);
        expect({ probe, path: httpGet.path, port: containerPort(container, httpGet.port) }).toEqual({
          probe,
          path,
          port,
        });
      }
    });

    it('sets cpu and memory requests and limits', () => {
      const resources = asRecord(container.resources, 'resources');
      for (const bound of ['requests', 'limits'])
        expect(Object.keys(asRecord(resources[bound], bound))).toEqual(
          expect.arrayContaining(['cpu', 'memory']),
        );
    });

    it('runs as non-root, as a user the image declares numerically or the pod sets', () => {
      const pod = asRecord(podSpec(deployment).securityContext ?? {}, 'pod securityContext');
      const own = asRecord(container.securityContext ?? {}, 'securityContext');
      const effective = { ...pod, ...own };
      expect(effective.runAsNonRoot).toBe(true);
      if (effective.runAsUser !== undefined) expect(Number(effective.runAsUser)).toBeGreaterThan(0);
      else {
        const stages = parseDockerfile(readText('Dockerfile'));
        const user = stages[stages.length - 1].instructions.filter((i) => i.keyword === 'USER').pop();
        expect(user?.args).toMatch(/^[1-9]\d*(:\d+)?$/);
      }
    });

    it('uses only variables the app knows, with values it accepts', () => {
      const known = new Set(configVariableNames());
      const environment = environmentOf(container);
      const unknown = envOf(container)
        .map((e) => scalar(e.name))
        .filter((name) => !known.has(name));
      expect(unknown).toEqual([]);
      expect(environment.APP_ROLE).toBe(role);
      expect(() => loadConfig(environment)).not.toThrow();
    });

    it('references only ConfigMaps and Secrets (and keys) that the examples define', () => {
      const refs: { kind: 'ConfigMap' | 'Secret'; name: string; key?: string }[] = [];
      for (const source of asArray(container.envFrom ?? [], 'envFrom').map((s) => asRecord(s, 'envFrom'))) {
        if (isRecord(source.configMapRef) && source.configMapRef.optional !== true)
          refs.push({ kind: 'ConfigMap', name: scalar(source.configMapRef.name) });
        if (isRecord(source.secretRef) && source.secretRef.optional !== true)
          refs.push({ kind: 'Secret', name: scalar(source.secretRef.name) });
      }
      for (const entry of envOf(container)) {
        const from = isRecord(entry.valueFrom) ? entry.valueFrom : {};
        for (const [field, kind] of [
          ['configMapKeyRef', 'ConfigMap'],
          ['secretKeyRef', 'Secret'],
        ] as const) {
          const ref = from[field];
          if (isRecord(ref) && ref.optional !== true)
            refs.push({ kind, name: scalar(ref.name), key: scalar(ref.key) });
        }
      }
      for (const volume of asArray(podSpec(deployment).volumes ?? [], 'volumes').map((v) =>
        asRecord(v, 'volume'),
      )) {
        if (isRecord(volume.configMap) && volume.configMap.optional !== true)
          refs.push({ kind: 'ConfigMap', name: scalar(volume.configMap.name) });
        if (isRecord(volume.secret) && volume.secret.optional !== true)
          refs.push({ kind: 'Secret', name: scalar(volume.secret.secretName) });
      }
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        const doc = (ref.kind === 'ConfigMap' ? configMaps : secrets).get(ref.name);
        expect({ ...ref, defined: doc !== undefined }).toEqual({ ...ref, defined: true });
        if (doc && ref.key) expect(keysOf(doc)).toContain(ref.key);
      }
    });

    it('gives the pod a termination grace period that covers preStop and the shutdown bound', () => {
      const graceMs = Number(podSpec(deployment).terminationGracePeriodSeconds ?? 30) * 1000;
      const shutdownMs = Number(environmentOf(container).SHUTDOWN_TIMEOUT_MS ?? defaults.SHUTDOWN_TIMEOUT_MS);
      expect(graceMs).toBeGreaterThan(preStopMs(container) + shutdownMs + SHUTDOWN_DEADLINE_MARGIN_MS);
    });

    it('runs the image command, not a replacement that skips dist/main.js', () => {
      if (container.command === undefined && container.args === undefined) return;
      const words = [
        ...asArray(container.command ?? [], 'command'),
        ...asArray(container.args ?? [], 'args'),
      ];
      expect(words.map((w) => scalar(w)).join(' ')).toContain('dist/main.js');
    });
  });

  it('sets only known variables in the ConfigMap and Secret examples, commented examples included', () => {
    const known = new Set(configVariableNames());
    for (const file of manifestFiles) {
      const docs = readYamlDocuments(file).map((doc) => asRecord(doc, file));
      if (!docs.some((doc) => doc.kind === 'ConfigMap' || doc.kind === 'Secret')) continue;
      const keys = docs.filter((doc) => doc.kind === 'ConfigMap' || doc.kind === 'Secret').flatMap(keysOf);
      const commented = [...readText(file).matchAll(/^\s*#\s*([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]);
      const unknown = [...keys, ...commented].filter((name) => !known.has(name));
      expect({ file, unknown }).toEqual({ file, unknown: [] });
    }
  });

  it('routes the Service to the api pods only, on the api container port', () => {
    const services = ofKind('Service');
    expect(services).toHaveLength(1);
    const spec = asRecord(services[0].spec, 'service spec');
    const selector = asRecord(spec.selector, 'selector');
    const api = deploymentFor('api');
    expect(labelsMatch(selector, podLabels(api.deployment))).toBe(true);
    expect(labelsMatch(selector, podLabels(deploymentFor('worker').deployment))).toBe(false);
    for (const port of asArray(spec.ports, 'ports').map((p) => asRecord(p, 'port'))) {
      expect(containerPort(api.container, port.targetPort ?? port.port)).toBe(Number(defaults.PORT));
    }
  });

  it('points each autoscaler at an existing Deployment, the api and the worker both covered', () => {
    const deployments = new Map(ofKind('Deployment').map((doc) => [nameOf(doc), doc]));
    const targets = ofKind('HorizontalPodAutoscaler').map((hpa) => {
      const ref = asRecord(asRecord(hpa.spec, 'hpa spec').scaleTargetRef, 'scaleTargetRef');
      expect(ref).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment' });
      expect(deployments.has(scalar(ref.name))).toBe(true);
      return scalar(ref.name);
    });
    expect(targets.sort()).toEqual(
      [nameOf(deploymentFor('api').deployment), nameOf(deploymentFor('worker').deployment)].sort(),
    );
  });

  it('scrapes pods on the app port at /metrics, where annotated', () => {
    for (const role of ['api', 'worker']) {
      const template = asRecord(asRecord(deploymentFor(role).deployment.spec, 'spec').template, 'template');
      const annotations = asRecord(asRecord(template.metadata, 'metadata').annotations ?? {}, 'annotations');
      if (annotations['prometheus.io/scrape'] !== 'true') continue;
      expect(annotations['prometheus.io/port']).toBe(String(defaults.PORT));
      expect(annotations['prometheus.io/path'] ?? '/metrics').toBe('/metrics');
    }
  });
});
