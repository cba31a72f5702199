import { Global, Module } from '@nestjs/common';
import { PrometheusModule } from '@willsoto/nestjs-prometheus';
import { collectDefaultMetrics, register } from 'prom-client';
import { httpDurationProvider, HttpMetricsRecorder, httpRateLimitedProvider } from './http-metrics';
import { MetricsController } from './metrics.controller';

/** Node's default process metrics, once per registry (a test may boot several apps in one process). */
function ensureDefaultMetrics(): void {
  if (!register.getSingleMetric('process_cpu_user_seconds_total')) collectDefaultMetrics();
}

@Global()
@Module({
  imports: [
    PrometheusModule.register({
      path: '/metrics',
      controller: MetricsController,
      defaultMetrics: { enabled: false },
    }),
  ],
  providers: [httpDurationProvider, httpRateLimitedProvider, HttpMetricsRecorder],
  exports: [HttpMetricsRecorder],
})
export class MetricsModule {
  constructor() {
    ensureDefaultMetrics();
  }
}
