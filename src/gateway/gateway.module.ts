import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { LockModule } from '../lock/lock.module';
import { TenantsModule } from '../tenants/tenants.module';
import { gatewayMetricProviders } from './gateway.metrics';
import { GmailApiClient } from './gmail/gmail-api.client';
import { GmailMailboxWorker } from './gmail/gmail-mailbox.worker';
import { GmailPushVerifier } from './gmail/gmail-push.verifier';
import { GmailSender } from './gmail/gmail.sender';
import { MessageIntake } from './intake/message-intake';
import { MediaDownloader } from '../messaging/media-downloader.port';
import { ChannelMediaDownloader } from './media/channel-media.downloader';
import { CHANNEL_SENDERS, OutboundDispatcher } from './outbound/outbound-dispatcher';
import { GmailWebhook } from './webhooks/gmail.webhook';
import { WebhookRoutes } from './webhooks/webhook-routes';
import { WhatsAppWebhook } from './webhooks/whatsapp.webhook';
import { WhatsAppClient } from './whatsapp/whatsapp.client';
import { WhatsAppMediaDownloader, WhatsAppSender } from './whatsapp/whatsapp.sender';

/** Channels in (webhooks → intake → inbound queue) and out (outbound queue → senders). */
@Module({
  imports: [TenantsModule, LockModule],
  providers: [
    MessageIntake,
    WhatsAppWebhook,
    GmailWebhook,
    WebhookRoutes,
    {
      provide: GmailPushVerifier,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new GmailPushVerifier(config.gmail),
    },
    {
      provide: GmailApiClient,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new GmailApiClient(config.gmail),
    },
    GmailMailboxWorker,
    // One Graph client (one keep-alive pool, closed at shutdown) for the sender and the media downloader.
    {
      provide: WhatsAppClient,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new WhatsAppClient({ baseUrl: config.whatsapp.apiBaseUrl }),
    },
    WhatsAppSender,
    GmailSender,
    WhatsAppMediaDownloader,
    { provide: MediaDownloader, useClass: ChannelMediaDownloader },
    {
      provide: CHANNEL_SENDERS,
      inject: [WhatsAppSender, GmailSender],
      useFactory: (whatsapp: WhatsAppSender, gmail: GmailSender) => [whatsapp, gmail],
    },
    OutboundDispatcher,
    ...gatewayMetricProviders,
  ],
  exports: [WebhookRoutes, MediaDownloader],
})
export class GatewayModule {}
