import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { isLogLevelEnabled } from './log-level';

const rootHolder = PinoLogger as unknown as { root: pino.Logger | undefined };

describe('isLogLevelEnabled', () => {
  const original = rootHolder.root;
  afterEach(() => {
    rootHolder.root = original;
  });

  it('answers from the root logger: debug off and info on at level info', () => {
    rootHolder.root = pino({ level: 'info', enabled: true });
    expect(isLogLevelEnabled('debug')).toBe(false);
    expect(isLogLevelEnabled('info')).toBe(true);
  });

  it('says yes to debug when the root logger is at debug', () => {
    rootHolder.root = pino({ level: 'debug' });
    expect(isLogLevelEnabled('debug')).toBe(true);
  });

  it('says yes when there is no root logger (no logger module), so nothing is lost', () => {
    rootHolder.root = undefined;
    expect(isLogLevelEnabled('debug')).toBe(true);
  });
});
