import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { LockService } from '../../lock/lock.service';
import { type JobContext, UnrecoverableJobError, WorkQueue } from '../../queue/work-queue.port';
import { Store } from '../../storage/store.port';
import { TenantRegistry } from '../../tenants/tenant-registry';
import { MessageIntake } from '../intake/message-intake';
import { GmailApiClient } from './gmail-api.client';
import { GmailIntake } from './gmail-intake';
import { GmailApiError } from './google-http';

/** A Gmail push, as queued: "this hotel mailbox has news up to historyId". */
export interface MailboxSync {
  tenantId: string;
  mailbox: string;
  historyId: string;
}

/**
 * Reads a mailbox after a push: the mail that arrived since the last processed historyId, normalised
 * and filtered (own mail, SENT, auto-replies and bounces are never answered), handed to the intake
 * (de-duplicated, queued) and only then marked as processed. One sync per mailbox at a time.
 */
@Injectable()
export class GmailMailboxWorker implements OnModuleInit {
  private readonly intake: GmailIntake;

  constructor(
    private readonly queue: WorkQueue,
    private readonly tenants: TenantRegistry,
    private readonly messages: MessageIntake,
    private readonly locks: LockService,
    store: Store,
    api: GmailApiClient,
    @InjectPinoLogger('gateway') private readonly logger: PinoLogger,
  ) {
    this.intake = new GmailIntake(store, api, logger);
  }

  onModuleInit(): void {
    this.queue.process<MailboxSync>('mailbox', (job) => this.sync(job));
  }

  async sync(job: JobContext<MailboxSync>): Promise<void> {
    const { tenantId, mailbox, historyId } = job.data;
    const tenant = await this.tenants.require(tenantId);
    await this.locks.withLock(
      [`lock:${tenantId}:mailbox:${mailbox}`],
      async (signal) => {
        try {
          const batch = await this.intake.collect({ emailAddress: mailbox, historyId }, tenant, signal);
          await this.messages.accept(
            batch.messages.map((message) => ({ ...message, tenantId, correlationId: job.correlationId })),
          );
          await batch.commit();
          this.logger.info(
            {
              correlationId: job.correlationId,
              tenantId,
              queued: batch.messages.length,
              ignored: batch.ignored.length,
            },
            'gateway.gmail_mailbox_synced',
          );
        } catch (error) {
          if (error instanceof GmailApiError && !error.isRetryable)
            throw new UnrecoverableJobError(error.message, { cause: error });
          throw error;
        }
      },
      // The job's signal: the lock's work (its signal follows this one) stops at shutdown and logs the
      // job's correlation id; a shutdown also stops the wait for the lock.
      { owner: `gmail-sync:${job.id}`, signal: job.signal },
    );
  }
}
