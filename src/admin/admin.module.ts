import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AdminAuthGuard } from './admin-auth.guard';
import { AdminTokenVerifier } from './admin-token.verifier';
import { DeadLettersController } from './dead-letters.controller';

/** The operator API under /admin, behind the admin JWT guard. */
@Module({
  controllers: [DeadLettersController],
  providers: [AdminTokenVerifier, { provide: APP_GUARD, useClass: AdminAuthGuard }],
})
export class AdminModule {}
