import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { ReadinessIndicators } from './readiness.indicators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  private lastReady?: boolean;

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: ReadinessIndicators,
    @InjectPinoLogger('health') private readonly logger: PinoLogger,
  ) {}

  @Get('live')
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness: 200 while the event loop answers; checks no dependency' })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: store reachable, queue usable, not shutting down' })
  @ApiResponse({ status: 503, description: 'Not ready; the failing indicator is named under `error`' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResult> {
    try {
      const result = await this.health.check([
        () => this.indicators.checkShutdown(),
        () => this.indicators.checkStore(),
        () => this.indicators.checkQueue(),
      ]);
      this.noteTransition(true, result);
      return result;
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      // Terminus's own body (status, info, error, details) is the contract for probes, not problem+json.
      const result = error.getResponse() as HealthCheckResult;
      this.noteTransition(false, result);
      void reply.status(503);
      return result;
    }
  }

  private noteTransition(ready: boolean, result: HealthCheckResult): void {
    if (this.lastReady === ready) return;
    this.lastReady = ready;
    if (ready) this.logger.info({}, 'health.ready');
    else this.logger.warn({ failing: Object.keys(result.error ?? {}) }, 'health.not_ready');
  }
}
