import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module';
import { gatewayMetricProviders } from './gateway.metrics';
import { MessageIntake } from './intake/message-intake';
import { WebhookRoutes } from './webhooks/webhook-routes';
import { WhatsAppWebhook } from './webhooks/whatsapp.webhook';

/** Channels in (webhooks → intake → inbound queue) and out (outbound queue → senders). */
@Module({
  imports: [TenantsModule],
  providers: [MessageIntake, WhatsAppWebhook, WebhookRoutes, ...gatewayMetricProviders],
  exports: [WebhookRoutes],
})
export class GatewayModule {}
