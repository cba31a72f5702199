import { ModuleRef } from '@nestjs/core';
import { Body, Controller, Injectable, Module, type OnModuleInit, Post } from '@nestjs/common';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { delay } from '../../src/common/async';
import { WorkQueue } from '../../src/queue/work-queue.port';
import { takeOverInboundJobs } from './inbound-takeover';

class SlowJobDto {
  @IsString() id!: string;
  @IsInt() @Min(0) @Max(60_000) ms!: number;
}

@Controller('test')
class SlowJobController {
  constructor(private readonly queue: WorkQueue) {}

  @Post('slow-job')
  async enqueue(@Body() body: SlowJobDto): Promise<{ queued: string }> {
    await this.queue.add({
      queue: 'inbound',
      name: 'slow',
      id: body.id,
      data: body,
      correlationId: `slow-${body.id}`,
    });
    return { queued: body.id };
  }
}

@Injectable()
class SlowJobHandler implements OnModuleInit {
  constructor(
    private readonly moduleRef: ModuleRef,
    @InjectPinoLogger('slow-job') private readonly logger: PinoLogger,
  ) {}

  onModuleInit(): void {
    takeOverInboundJobs<SlowJobDto>(this.moduleRef, async (job) => {
      this.logger.info({ id: job.data.id }, 'slow_job.started');
      await delay(job.data.ms);
      this.logger.info({ id: job.data.id }, 'slow_job.finished');
    });
  }
}

/** A job that takes as long as it is told, to watch a graceful shutdown wait for it. */
@Module({ controllers: [SlowJobController], providers: [SlowJobHandler] })
export class SlowJobModule {}
