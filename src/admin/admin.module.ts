import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { LockModule } from '../lock/lock.module';
import { NlpModule } from '../nlp/nlp.module';
import { TenantsModule } from '../tenants/tenants.module';
import { AdminAuthGuard } from './admin-auth.guard';
import { AdminTokenVerifier } from './admin-token.verifier';
import { ConversationsController } from './conversations.controller';
import { DeadLettersController } from './dead-letters.controller';
import { LocksController } from './locks.controller';
import { NlpController } from './nlp.controller';
import { TenantsController } from './tenants.controller';

/**
 * The operator API under /admin, behind the admin JWT guard. The orchestrator module (for handoff
 * release) is the one the composition root built, passed in so there is a single instance of it.
 */
@Module({})
export class AdminModule {
  static register(orchestrator: DynamicModule): DynamicModule {
    return {
      module: AdminModule,
      imports: [LockModule, TenantsModule, NlpModule, orchestrator],
      controllers: [
        DeadLettersController,
        LocksController,
        TenantsController,
        ConversationsController,
        NlpController,
      ],
      providers: [AdminTokenVerifier, { provide: APP_GUARD, useClass: AdminAuthGuard }],
    };
  }
}
