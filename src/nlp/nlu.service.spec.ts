import { PinoLogger } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

type ServiceModule = typeof import('./nlu.service');
type ClassifierModule = typeof import('./intent-classifier');

/** A fresh copy of the service's module (its process-wide model included) with training spied on. */
function isolated(): { NluService: ServiceModule['NluService']; train: jest.SpyInstance } {
  let loaded: { NluService: ServiceModule['NluService']; train: jest.SpyInstance } | undefined;
  jest.isolateModules(() => {
    const { IntentClassifier } = jest.requireActual<ClassifierModule>('./intent-classifier');
    const train = jest
      .spyOn(IntentClassifier, 'train')
      .mockResolvedValue({ classify: () => Promise.resolve({ intent: 'greeting', confidence: 1 }) } as never);
    loaded = { NluService: jest.requireActual<ServiceModule>('./nlu.service').NluService, train };
  });
  return loaded as NonNullable<typeof loaded>;
}

const logger = new PinoLogger({ pinoHttp: { level: 'silent' } });
const role = (consumesQueues: boolean) => ({ consumesQueues }) as AppConfig;

describe('NluService training', () => {
  afterEach(() => jest.restoreAllMocks());

  it('starts training at bootstrap in a process that takes queue jobs', () => {
    const { NluService, train } = isolated();
    new NluService(logger, role(true)).onApplicationBootstrap();
    expect(train).toHaveBeenCalledTimes(1);
  });

  it('trains an API-only process on its first parse, not at bootstrap, and only once', async () => {
    const { NluService, train } = isolated();
    const nlu = new NluService(logger, role(false));
    nlu.onApplicationBootstrap();
    expect(train).not.toHaveBeenCalled();
    await nlu.parse('hola');
    await nlu.parse('buenas');
    expect(train).toHaveBeenCalledTimes(1);
  });
});
