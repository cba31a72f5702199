import { PinoLogger } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';
import type { NluThreadOptions } from './thread/nlu-thread';

type ServiceModule = typeof import('./nlu.service');
type ClassifierModule = typeof import('./intent-classifier');

/**
 * Fresh copies of the service's modules (the process-wide model included) with training spied on.
 * A reset registry rather than isolateModules: the service loads the NLU modules later, on demand,
 * and must find the spied copy then.
 */
function isolated(): { NluService: ServiceModule['NluService']; train: jest.SpyInstance } {
  jest.resetModules();
  const { IntentClassifier } = jest.requireActual<ClassifierModule>('./intent-classifier');
  const train = jest
    .spyOn(IntentClassifier, 'train')
    .mockResolvedValue({ classify: () => Promise.resolve({ intent: 'greeting', confidence: 1 }) } as never);
  return { NluService: jest.requireActual<ServiceModule>('./nlu.service').NluService, train };
}

const logger = new PinoLogger({ pinoHttp: { level: 'silent' } });
const role = (consumesQueues: boolean) => ({ consumesQueues, pipeline: { nlpTimeoutMs: 5000 } }) as AppConfig;

describe('NluService training', () => {
  afterEach(() => jest.restoreAllMocks());

  it('starts training at bootstrap in a process that takes queue jobs', async () => {
    const { NluService, train } = isolated();
    await new NluService(logger, role(true)).onApplicationBootstrap();
    await new Promise((resolve) => setImmediate(resolve)); // the NLU modules load on demand
    expect(train).toHaveBeenCalledTimes(1);
  });

  it('trains an API-only process on its first parse, not at bootstrap, and only once', async () => {
    const { NluService, train } = isolated();
    const nlu = new NluService(logger, role(false));
    await nlu.onApplicationBootstrap();
    expect(train).not.toHaveBeenCalled();
    await nlu.parse('hola');
    await nlu.parse('buenas');
    expect(train).toHaveBeenCalledTimes(1);
  });
});

describe('NluService on the NLU thread (NLP_THREAD=worker)', () => {
  jest.setTimeout(180_000);
  const config = { consumesQueues: true, nlpThread: 'worker', pipeline: { nlpTimeoutMs: 5000 } } as AppConfig;
  beforeEach(() => jest.resetModules()); // no model the training tests above left behind

  it('trains the thread at bootstrap, parses there as on the main thread, and shares one thread', async () => {
    const { NluThread } = jest.requireActual<typeof import('./thread/nlu-thread')>('./thread/nlu-thread');
    const stop = jest.spyOn(NluThread.prototype, 'stop');
    const start = jest.spyOn(NluThread.prototype, 'start');
    const { NluService } = jest.requireActual<ServiceModule>('./nlu.service');
    const first = new NluService(logger, config);
    const second = new NluService(logger, config);
    await first.onApplicationBootstrap();
    await second.onApplicationBootstrap();
    expect(start).toHaveBeenCalledTimes(2);
    expect(new Set(start.mock.contexts).size).toBe(1);

    const inline = new NluService(logger);
    const context = { sessionLanguage: 'es', now: new Date(Date.UTC(2026, 10, 26)) };
    for (const text of ['hola buenas', 'quiero reservar del 12 al 15 de diciembre para 2', 'bye!']) {
      expect(await first.parse(text, context)).toEqual(await inline.parse(text, context));
    }

    await first.onApplicationShutdown();
    expect(stop).not.toHaveBeenCalled();
    expect(await second.parse('gracias')).toMatchObject({ intent: 'thanks' });
    await second.onApplicationShutdown();
    expect(stop).toHaveBeenCalledTimes(1);
    // Shut down, it answers no more rather than train the NLU on the event loop.
    await expect(second.parse('hola')).rejects.toThrow('the NLU has shut down');
  });

  it('answers with the abort reason when the signal aborts before the thread does', async () => {
    const { NluService } = jest.requireActual<ServiceModule>('./nlu.service');
    const nlu = new NluService(logger, config);
    const reason = new Error('over budget');
    try {
      await expect(nlu.parse('hola', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    } finally {
      await nlu.onApplicationShutdown();
    }
  });

  it('logs the shared thread with an instance still up, and bounds a stuck parse by the longest budget', async () => {
    const options: NluThreadOptions[] = [];
    jest.doMock('./thread/nlu-thread', () => {
      const actual = jest.requireActual<typeof import('./thread/nlu-thread')>('./thread/nlu-thread');
      return {
        ...actual,
        NluThread: class extends actual.NluThread {
          constructor(threadOptions: NluThreadOptions) {
            options.push(threadOptions);
            super(threadOptions);
          }
        },
      };
    });
    try {
      const { NluService } = jest.requireActual<ServiceModule>('./nlu.service');
      const spyLogger = () => ({ info: jest.fn(), error: jest.fn() });
      const budget = (nlpTimeoutMs: number) => ({ ...config, pipeline: { nlpTimeoutMs } }) as AppConfig;
      const [firstLog, secondLog] = [spyLogger(), spyLogger()];
      const first = new NluService(firstLog as unknown as PinoLogger, budget(7000));
      const second = new NluService(secondLog as unknown as PinoLogger, budget(2000));
      expect(options).toHaveLength(1);
      const stuckAfterMs = options[0].stuckAfterMs as () => number;
      expect(stuckAfterMs()).toBe(7000);

      await first.onApplicationShutdown();
      expect(stuckAfterMs()).toBe(2000);
      await second.onApplicationBootstrap(); // the thread trains now, after the first instance left
      expect(secondLog.info).toHaveBeenCalledWith({ trainingMs: expect.any(Number) }, 'nlp.ready');
      expect(firstLog.info).not.toHaveBeenCalled();
      await second.onApplicationShutdown();
    } finally {
      jest.dontMock('./thread/nlu-thread');
    }
  });
});
