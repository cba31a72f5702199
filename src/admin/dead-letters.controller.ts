import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiProblems } from '../common/http/api-problems.decorator';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestCorrelationId } from '../common/http/request-correlation.decorator';
import { DeadLetterService } from '../queue/dead-letter.service';
import { DeadLetterDto, DeadLetterPageDto, DeadLetterSummaryDto, PageQueryDto } from './dead-letter.dto';

@ApiTags('admin')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404, 503)
@Controller('admin/dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLetterService) {}

  @Get()
  @ApiOperation({ summary: 'Jobs that exhausted their retries, newest first' })
  @ApiOkResponse({ type: DeadLetterPageDto })
  list(@Query() page: PageQueryDto): Promise<DeadLetterPageDto> {
    return this.deadLetters.list(page.offset, page.limit);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One dead letter, with its payload' })
  @ApiOkResponse({ type: DeadLetterDto })
  get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<DeadLetterDto> {
    return this.deadLetters.get(id);
  }

  @Post(':id/retry')
  @HttpCode(202)
  @ApiOperation({ summary: 'Put the job back on its queue under its original id' })
  @ApiAcceptedResponse({ type: DeadLetterSummaryDto })
  retry(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @RequestCorrelationId() correlationId: string,
  ): Promise<DeadLetterSummaryDto> {
    return this.deadLetters.retry(id, correlationId);
  }
}
