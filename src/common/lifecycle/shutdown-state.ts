import { Injectable } from '@nestjs/common';

/** Set once SIGTERM arrives: readiness turns 503 and queues stop taking work. */
@Injectable()
export class ShutdownState {
  private shuttingDown = false;

  begin(): void {
    this.shuttingDown = true;
  }

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }
}
