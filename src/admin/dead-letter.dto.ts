import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { QUEUE_NAMES } from '../queue/queue.constants';

export class PageQueryDto {
  @ApiProperty({ required: false, default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;

  @ApiProperty({ required: false, default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 50;
}

export class DeadLetterSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: QUEUE_NAMES }) queue!: string;
  @ApiProperty({ example: 'whatsapp-message' }) name!: string;
  @ApiProperty() jobId!: string;
  @ApiProperty() correlationId!: string;
  @ApiProperty({ description: 'Attempts made before giving up' }) attempts!: number;
  @ApiProperty({ description: 'The last error' }) error!: string;
  @ApiProperty({ format: 'date-time' }) failedAt!: string;
}

export class DeadLetterDto extends DeadLetterSummaryDto {
  @ApiProperty({ description: 'The job payload, as queued' }) data!: unknown;
}

export class DeadLetterPageDto {
  @ApiProperty({ description: 'Dead letters currently kept' }) total!: number;
  @ApiProperty({ type: [DeadLetterSummaryDto] }) items!: DeadLetterSummaryDto[];
}
