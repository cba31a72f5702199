import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { IntentName } from '../../nlp/nlp.types';
import { IntentHandler } from './intent-handler';

/** Every IntentHandler provider of the application, by intent; found once at start-up. */
@Injectable()
export class IntentHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<IntentName, IntentHandler>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!(instance instanceof IntentHandler)) continue;
      const existing = this.handlers.get(instance.intent);
      if (existing && existing !== instance) {
        throw new Error(
          `Two handlers for intent ${instance.intent}: ${existing.constructor.name} and ${instance.constructor.name}.`,
        );
      }
      this.handlers.set(instance.intent, instance);
    }
  }

  get(intent: IntentName): IntentHandler | undefined {
    return this.handlers.get(intent);
  }

  intents(): IntentName[] {
    return [...this.handlers.keys()].sort();
  }
}
