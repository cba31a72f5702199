// The service as `npm start` runs it, plus the slow-job test module: spawned by process tests.
import 'reflect-metadata';
import { loadConfig } from '../../src/config/load-config';
import { runServer } from '../../src/server';
import { SlowJobModule } from './slow-job.module';

void runServer(loadConfig(process.env), [SlowJobModule]);
