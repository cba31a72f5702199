import { Injectable } from '@nestjs/common';

/** Time, injected so tests can control it. */
@Injectable()
export class Clock {
  now(): number {
    return Date.now();
  }

  date(): Date {
    return new Date(this.now());
  }
}
