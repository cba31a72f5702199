import { EnvironmentVariables } from '../../src/config/environment.schema';
import { composeServices } from './compose';
import { declaredMetrics, isKnownSeries, metricNamesInPromQl } from './metric-names';
import { asArray, asRecord, filesUnder, isRecord, readText, readYaml, scalar } from './repo-files';

const defaults = new EnvironmentVariables();

interface ScrapeTarget {
  job: string;
  host: string;
  port: string;
  metricsPath: string;
}

/** Every host:port a scrape job reaches, from static targets or DNS service discovery. */
function scrapeTargets(): ScrapeTarget[] {
  const config = asRecord(readYaml('deploy/prometheus.yml'), 'deploy/prometheus.yml');
  return asArray(config.scrape_configs, 'scrape_configs').flatMap((raw) => {
    const job = asRecord(raw, 'scrape config');
    const base = { job: scalar(job.job_name), metricsPath: scalar(job.metrics_path, '/metrics') };
    const statics = asArray(job.static_configs ?? [], 'static_configs').flatMap((c) =>
      asArray(asRecord(c, 'static_config').targets, 'targets').map((target) => {
        const [host, port] = scalar(target).split(':');
        return { ...base, host, port };
      }),
    );
    const dns = asArray(job.dns_sd_configs ?? [], 'dns_sd_configs').flatMap((c) => {
      const sd = asRecord(c, 'dns_sd_config');
      return asArray(sd.names, 'names').map((name) => ({
        ...base,
        host: scalar(name),
        port: scalar(sd.port),
      }));
    });
    return [...statics, ...dns];
  });
}

/** Every object in a JSON tree (panels nest inside rows, targets inside panels). */
function* objectsIn(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const item of value) yield* objectsIn(item);
  else if (isRecord(value)) {
    yield value;
    for (const child of Object.values(value)) yield* objectsIn(child);
  }
}

const dashboardFiles = filesUnder('deploy/grafana/dashboards').filter((file) => file.endsWith('.json'));

function dashboardQueries(file: string): string[] {
  const dashboard = JSON.parse(readText(file)) as unknown;
  return [...objectsIn(dashboard)].filter((o) => typeof o.expr === 'string').map((o) => o.expr as string);
}

describe('deploy/prometheus.yml', () => {
  it('scrapes the compose services api and worker on the app port, at /metrics', () => {
    const targets = scrapeTargets();
    const port = String(defaults.PORT);
    for (const service of ['api', 'worker']) {
      expect(targets).toContainEqual(
        expect.objectContaining({ host: service, port, metricsPath: '/metrics' }),
      );
    }
  });

  it('scrapes only services that exist in docker-compose.yml', () => {
    const services = Object.keys(composeServices());
    for (const target of scrapeTargets()) expect(services).toContain(target.host);
  });
});

describe('Grafana provisioning', () => {
  const provisioningFiles = filesUnder('deploy/grafana/provisioning').filter((f) => /\.ya?ml$/.test(f));
  const datasources = provisioningFiles
    .map((file) => asRecord(readYaml(file), file))
    .flatMap((doc) => (doc.datasources ?? []) as Record<string, unknown>[]);

  it('parses every provisioning file', () => {
    expect(provisioningFiles.length).toBeGreaterThan(0);
    for (const file of provisioningFiles) expect(asRecord(readYaml(file), file).apiVersion).toBe(1);
  });

  it('points the Prometheus datasource at the compose prometheus service', () => {
    const prometheus = datasources.filter((source) => source.type === 'prometheus');
    expect(prometheus).toHaveLength(1);
    const url = new URL(scalar(prometheus[0].url));
    expect(url.hostname).toBe('prometheus');
    expect(composeServices()).toHaveProperty('prometheus');
    expect(url.port).toBe('9090');
  });

  it.each(dashboardFiles)('%s uses only provisioned datasources', (file) => {
    const uids = new Set(datasources.map((source) => source.uid));
    const refs = [...objectsIn(JSON.parse(readText(file)))]
      .map((o) => o.datasource)
      .filter(isRecord)
      .filter((ref) => ref.type !== 'grafana' && ref.type !== 'datasource');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(uids).toContain(ref.uid);
  });
});

describe('Grafana dashboards', () => {
  let metrics: Awaited<ReturnType<typeof declaredMetrics>>;

  beforeAll(async () => {
    metrics = await declaredMetrics();
  });

  it('finds the metrics the app declares, HTTP and Node defaults included', () => {
    expect(metrics.get('hotel_agent_http_request_duration_seconds')).toBe('histogram');
    expect(metrics.has('hotel_agent_queue_depth')).toBe(true);
    expect(metrics.has('process_cpu_seconds_total')).toBe(true);
  });

  it('reads metric names out of PromQL, leaving out functions, labels and keywords', () => {
    const expr =
      'histogram_quantile(0.99, sum by (le) (rate(a_seconds_bucket{status=~"5.."}[$__rate_interval]))) / on(job) group_left b_total offset 5m or vector(0)';
    expect(metricNamesInPromQl(expr).sort()).toEqual(['a_seconds_bucket', 'b_total']);
  });

  it.each(dashboardFiles)('%s queries only metrics the app exports', (file) => {
    const queries = dashboardQueries(file);
    expect(queries.length).toBeGreaterThan(0);
    for (const expr of queries) {
      const names = metricNamesInPromQl(expr);
      expect({ expr, names: names.length > 0 }).toEqual({ expr, names: true });
      const unknown = names.filter((name) => !isKnownSeries(name, metrics));
      expect({ expr, unknown }).toEqual({ expr, unknown: [] });
    }
  });
});
