import { ModuleRef } from '@nestjs/core';
import { Body, Controller, Get, Injectable, Module, type OnModuleInit, Post } from '@nestjs/common';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { delay } from '../../src/common/async';
import { RequestSignal, RequestTimeout } from '../../src/common/http/request-deadline';
import { WorkQueue } from '../../src/queue/work-queue.port';
import { takeOverInboundJobs } from './inbound-takeover';
import { RequestCorrelationId } from '../../src/common/http/request-correlation.decorator';

/** What the test routes saw, for assertions from the test. */
export const probe = {
  slowAborted: false,
  jobRuns: [] as Array<{ id: string; attempt: number; correlationId: string }>,
  failJobs: true,
};

class EchoDto {
  @IsString() @Length(1, 64) guestId!: string;
  @IsInt() @Min(0) @Max(10) count!: number;
  @IsOptional() @IsString() note?: string;
}

class JobDto {
  @IsString() @Length(1, 100) id!: string;
  @IsIn(['succeed', 'fail']) outcome!: 'succeed' | 'fail';
}

@Controller('test')
class TestRoutesController {
  constructor(
    private readonly queue: WorkQueue,
    @InjectPinoLogger('test') private readonly logger: PinoLogger,
  ) {}

  @Post('echo')
  echo(@Body() body: EchoDto, @RequestCorrelationId() correlationId: string): EchoDto {
    this.logger.info({ correlationId, guestCount: body.count }, 'test.echo_handled');
    return body;
  }

  @Get('slow')
  @RequestTimeout(150)
  async slow(@RequestSignal() signal: AbortSignal): Promise<{ done: boolean }> {
    try {
      await delay(5000, signal);
    } catch {
      probe.slowAborted = true;
    }
    return { done: true };
  }

  @Get('boom')
  boom(): never {
    throw new Error('secret internals: password=hunter2');
  }

  @Post('jobs')
  async enqueue(@Body() body: JobDto): Promise<{ queued: string }> {
    probe.failJobs = body.outcome === 'fail';
    await this.queue.add({
      queue: 'inbound',
      name: 'test-job',
      id: body.id,
      data: body,
      correlationId: `job-${body.id}`,
    });
    return { queued: body.id };
  }
}

@Injectable()
class TestJobHandler implements OnModuleInit {
  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    takeOverInboundJobs(this.moduleRef, async (job) => {
      probe.jobRuns.push({ id: job.id, attempt: job.attempt, correlationId: job.correlationId });
      if (probe.failJobs) throw new Error('the test job was told to fail');
    });
  }
}

/** Routes and a job handler that exist only in tests, mounted through createApp's extraModules. */
@Module({ controllers: [TestRoutesController], providers: [TestJobHandler] })
export class TestRoutesModule {}
