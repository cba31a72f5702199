import { asArray, asRecord, isRecord, readYaml, scalar } from './repo-files';

export type Service = Record<string, unknown>;

export function composeFile(): Record<string, unknown> {
  return asRecord(readYaml('docker-compose.yml'), 'docker-compose.yml');
}

export function composeServices(): Record<string, Service> {
  const services = asRecord(composeFile().services, 'services');
  return Object.fromEntries(
    Object.entries(services).map(([name, service]) => [name, asRecord(service, `service ${name}`)]),
  );
}

/** A service's `environment`, in either of Compose's forms (mapping, or list of `KEY=value`). */
export function environmentOf(service: Service): Record<string, string | undefined> {
  const environment = service.environment;
  if (environment === undefined) return {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(
      environment.map((entry) => {
        const [key, ...value] = String(entry).split('=');
        return [key, value.length > 0 ? value.join('=') : undefined];
      }),
    );
  }
  return Object.fromEntries(
    Object.entries(asRecord(environment, 'environment')).map(([key, value]) => [
      key,
      value == null ? undefined : scalar(value),
    ]),
  );
}

/** The services that run this project's image: built from the repo (`build`). */
export function appServices(): Record<string, Service> {
  return Object.fromEntries(Object.entries(composeServices()).filter(([, service]) => 'build' in service));
}

export interface Mount {
  type: 'bind' | 'volume';
  source: string;
  target: string;
}

/** A service's volumes in short (`src:dst[:mode]`) or long syntax. */
export function mountsOf(service: Service): Mount[] {
  return asArray(service.volumes ?? [], 'volumes').map((volume) => {
    if (isRecord(volume)) {
      return {
        type: volume.type === 'bind' ? 'bind' : 'volume',
        source: scalar(volume.source),
        target: scalar(volume.target),
      };
    }
    const [source, target] = String(volume).split(':');
    const isPath = source.startsWith('.') || source.startsWith('/') || source.startsWith('~');
    return { type: isPath ? 'bind' : 'volume', source, target };
  });
}

/** The words of a `command`/`test`, whichever form (string or list) it is written in. */
export function words(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/);
  return [];
}
