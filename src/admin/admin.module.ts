import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AdminAuthGuard } from './admin-auth.guard';
import { AdminTokenVerifier } from './admin-token.verifier';
import { LockModule } from '../lock/lock.module';
import { DeadLettersController } from './dead-letters.controller';
import { LocksController } from './locks.controller';

/** The operator API under /admin, behind the admin JWT guard. */
@Module({
  imports: [LockModule],
  controllers: [DeadLettersController, LocksController],
  providers: [AdminTokenVerifier, { provide: APP_GUARD, useClass: AdminAuthGuard }],
})
export class AdminModule {}
