import { Module } from '@nestjs/common';
import { SessionManager } from './session-manager';
import { sessionMetricProviders } from './session.metrics';

/** Conversation sessions (design §6 "Session manager"). */
@Module({
  providers: [SessionManager, ...sessionMetricProviders],
  exports: [SessionManager],
})
export class SessionModule {}
