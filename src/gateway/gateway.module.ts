import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module';
import { gatewayMetricProviders } from './gateway.metrics';
import { MessageIntake } from './intake/message-intake';
import { CHANNEL_SENDERS, OutboundDispatcher } from './outbound/outbound-dispatcher';
import { WebhookRoutes } from './webhooks/webhook-routes';
import { WhatsAppWebhook } from './webhooks/whatsapp.webhook';
import { WhatsAppMediaDownloader, WhatsAppSender } from './whatsapp/whatsapp.sender';

/** Channels in (webhooks → intake → inbound queue) and out (outbound queue → senders). */
@Module({
  imports: [TenantsModule],
  providers: [
    MessageIntake,
    WhatsAppWebhook,
    WebhookRoutes,
    WhatsAppSender,
    WhatsAppMediaDownloader,
    {
      provide: CHANNEL_SENDERS,
      inject: [WhatsAppSender],
      useFactory: (...senders: WhatsAppSender[]) => senders,
    },
    OutboundDispatcher,
    ...gatewayMetricProviders,
  ],
  exports: [WebhookRoutes, WhatsAppMediaDownloader],
})
export class GatewayModule {}
