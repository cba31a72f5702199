import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';
import { ShutdownState } from './lifecycle/shutdown-state';

@Global()
@Module({ providers: [Clock, ShutdownState], exports: [Clock, ShutdownState] })
export class CommonModule {}
