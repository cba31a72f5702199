import { Module } from '@nestjs/common';
import { NluService } from './nlu.service';

/** Natural-language understanding: intents, language and entities of guest messages. */
@Module({
  providers: [NluService],
  exports: [NluService],
})
export class NlpModule {}
