import { Module } from '@nestjs/common';
import { LockAuditLog } from './lock-audit';
import { lockMetricProviders } from './lock.metrics';
import { LockService } from './lock.service';

/** Distributed locks (conversation and room-night) with their audit trail. */
@Module({
  providers: [LockService, LockAuditLog, ...lockMetricProviders],
  exports: [LockService, LockAuditLog],
})
export class LockModule {}
