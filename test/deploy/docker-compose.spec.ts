import { EnvironmentVariables } from '../../src/config/environment.schema';
import { configVariableNames, loadConfig } from '../../src/config/load-config';
import { appServices, composeFile, composeServices, environmentOf, mountsOf, words } from './compose';
import { asRecord, durationMs, exists, readYaml, scalar } from './repo-files';
import { SHUTDOWN_DEADLINE_MARGIN_MS } from '../../src/server';

const defaults = new EnvironmentVariables();

describe('docker-compose.yml', () => {
  const services = composeServices();
  const known = new Set(configVariableNames());

  it('defines the api, worker, redis, prometheus and grafana services', () => {
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining(['api', 'worker', 'redis', 'prometheus', 'grafana']),
    );
  });

  it('builds api and worker from this repo, with APP_ROLE api and worker', () => {
    expect(Object.keys(appServices()).sort()).toEqual(['api', 'worker']);
    expect(environmentOf(services.api).APP_ROLE).toBe('api');
    expect(environmentOf(services.worker).APP_ROLE).toBe('worker');
  });

  it.each(['api', 'worker'])('points %s at the redis service with REDIS_URL', (name) => {
    const url = new URL(environmentOf(services[name]).REDIS_URL ?? '');
    expect(url.protocol).toBe('redis:');
    expect(url.hostname).toBe('redis');
    expect(url.port === '' ? '6379' : url.port).toBe('6379');
    expect(words(services.redis.command)).not.toContain('--port');
  });

  it('runs redis with persistence on (appendonly) and maxmemory-policy noeviction', () => {
    const command = words(services.redis.command);
    expect(command[0]).toBe('redis-server');
    expect(command[command.indexOf('--appendonly') + 1]).toBe('yes');
    expect(command[command.indexOf('--maxmemory-policy') + 1]).toBe('noeviction');
    expect(command).toContain('--appendonly');
    expect(command).toContain('--maxmemory-policy');
    expect(mountsOf(services.redis).map((mount) => mount.target)).toContain('/data');
  });

  it('sets only variables the app configuration knows on the app services', () => {
    for (const [name, service] of Object.entries(appServices())) {
      const unknown = Object.keys(environmentOf(service)).filter((variable) => !known.has(variable));
      expect({ service: name, unknown }).toEqual({ service: name, unknown: [] });
    }
  });

  it('gives the app services an environment the app accepts at start-up', () => {
    for (const service of Object.values(appServices())) {
      expect(() => loadConfig(environmentOf(service))).not.toThrow();
    }
  });

  it('bind-mounts only paths that exist in the repo, and declares every named volume', () => {
    const declared = Object.keys(asRecord(composeFile().volumes ?? {}, 'volumes'));
    for (const [name, service] of Object.entries(services)) {
      for (const mount of mountsOf(service)) {
        if (mount.type === 'bind')
          expect({ service: name, path: mount.source, exists: exists(mount.source) }).toEqual({
            service: name,
            path: mount.source,
            exists: true,
          });
        else expect(declared).toContain(mount.source);
      }
    }
  });

  it('builds from a context that holds the Dockerfile', () => {
    for (const service of Object.values(appServices())) {
      const build = service.build;
      const context = typeof build === 'string' ? build : scalar(asRecord(build, 'build').context, '.');
      const dockerfile =
        typeof build === 'string' ? 'Dockerfile' : scalar(asRecord(build, 'build').dockerfile, 'Dockerfile');
      expect(exists(`${context}/${dockerfile}`)).toBe(true);
    }
  });

  it('health-checks the app services on /health/ready or /health/live, on the default PORT', () => {
    for (const service of Object.values(appServices())) {
      const test = words(asRecord(service.healthcheck, 'healthcheck').test).join(' ');
      expect(test).toMatch(/\/health\/(ready|live)\b/);
      expect(test).toContain(String(defaults.PORT));
    }
  });

  it('starts the app services once redis is healthy, and redis has a healthcheck', () => {
    expect(asRecord(services.redis.healthcheck, 'redis healthcheck').test).toBeDefined();
    for (const service of Object.values(appServices())) {
      const dependsOn = asRecord(service.depends_on, 'depends_on');
      expect(dependsOn.redis).toEqual({ condition: 'service_healthy' });
    }
  });

  it('publishes the api on its container port, the default PORT', () => {
    const ports = (services.api.ports as unknown[]).map(String);
    expect(ports.map((port) => port.split(':').pop())).toContain(String(defaults.PORT));
  });

  it('gives the app services a stop grace period longer than the shutdown bound', () => {
    for (const service of Object.values(appServices())) {
      const graceMs = durationMs(scalar(service.stop_grace_period, '10s'));
      expect(graceMs).toBeGreaterThan(defaults.SHUTDOWN_TIMEOUT_MS + SHUTDOWN_DEADLINE_MARGIN_MS);
    }
  });

  it('mounts deploy/prometheus.yml as the prometheus configuration', () => {
    const command = words(services.prometheus.command);
    const configFlag = command.find((word) => word.startsWith('--config.file='));
    const configPath = configFlag?.split('=')[1] ?? '/etc/prometheus/prometheus.yml';
    const mount = mountsOf(services.prometheus).find((m) => m.target === configPath);
    expect(mount).toMatchObject({ type: 'bind', source: './deploy/prometheus.yml' });
  });

  it('mounts the grafana provisioning and the dashboards where the provisioning looks for them', () => {
    const mounts = mountsOf(services.grafana);
    const provisioning = mounts.find((m) => m.source === './deploy/grafana/provisioning');
    expect(provisioning?.target).toBe(
      environmentOf(services.grafana).GF_PATHS_PROVISIONING ?? '/etc/grafana/provisioning',
    );
    const providers = asRecord(
      readYaml('deploy/grafana/provisioning/dashboards/dashboards.yml'),
      'dashboards.yml',
    ).providers as { options: { path: string } }[];
    const dashboards = mounts.find((m) => m.source === './deploy/grafana/dashboards');
    expect(providers.map((provider) => provider.options.path)).toContain(dashboards?.target);
    const home = environmentOf(services.grafana).GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH;
    if (home !== undefined) {
      expect(home.startsWith(`${dashboards?.target}/`)).toBe(true);
      expect(exists(`deploy/grafana/dashboards/${home.slice(`${dashboards?.target}/`.length)}`)).toBe(true);
    }
  });
});
