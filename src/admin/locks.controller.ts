import { Controller, Get, Query } from '@nestjs/common';
import { ApiProblems } from '../common/http/api-problems.decorator';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { LockAuditLog, type LockAuditEvent } from '../lock/lock-audit';
import type { LockHolderView } from '../lock/lock';
import { LockService } from '../lock/lock.service';

export class LimitQueryDto {
  @ApiProperty({ required: false, default: 100, minimum: 1, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit = 100;
}

class LockHolderDto implements LockHolderView {
  @ApiProperty({ example: 'lock:demo:room-type:suite:2026-12-24' }) resource!: string;
  @ApiProperty() owner!: string;
  @ApiProperty({ description: 'Fencing number of the current holder' }) fencing!: number;
  @ApiProperty({ format: 'date-time' }) acquiredAt!: string;
  @ApiProperty() expiresInMs!: number;
}

class LockAuditEventDto implements LockAuditEvent {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ enum: ['acquire', 'release', 'extend'] }) operation!: LockAuditEvent['operation'];
  @ApiProperty({
    enum: ['acquired', 'conflict', 'timeout', 'released', 'not_owner', 'extended', 'lost', 'error'],
  })
  outcome!: LockAuditEvent['outcome'];
  @ApiProperty() owner!: string;
  @ApiProperty({ type: [String] }) resources!: string[];
  @ApiProperty({ required: false }) fencing?: number;
  @ApiProperty({ required: false, description: 'Time waited to acquire (acquired or timeout)' })
  waitMs?: number;
  @ApiProperty({ required: false, description: 'Holder at a conflict or timeout' }) holder?: string;
}

@ApiTags('admin')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 503)
@Controller('admin/locks')
export class LocksController {
  constructor(
    private readonly locks: LockService,
    private readonly audit: LockAuditLog,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Locks held right now, by resource' })
  @ApiOkResponse({ type: [LockHolderDto] })
  holders(@Query() query: LimitQueryDto): Promise<LockHolderView[]> {
    return this.locks.holders(query.limit);
  }

  @Get('audit')
  @ApiOperation({ summary: 'The newest lock events (acquire, conflict, timeout, release, extend, lost)' })
  @ApiOkResponse({ type: [LockAuditEventDto] })
  auditTrail(@Query() query: LimitQueryDto): Promise<LockAuditEvent[]> {
    return this.audit.recent(query.limit);
  }
}
