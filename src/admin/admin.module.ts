import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AdminAuthGuard } from './admin-auth.guard';
import { AdminTokenVerifier } from './admin-token.verifier';
import { LockModule } from '../lock/lock.module';
import { DeadLettersController } from './dead-letters.controller';
import { LocksController } from './locks.controller';
import { TenantsController } from './tenants.controller';
import { TenantsModule } from '../tenants/tenants.module';

/** The operator API under /admin, behind the admin JWT guard. */
@Module({
  imports: [LockModule, TenantsModule],
  controllers: [DeadLettersController, LocksController, TenantsController],
  providers: [AdminTokenVerifier, { provide: APP_GUARD, useClass: AdminAuthGuard }],
})
export class AdminModule {}
