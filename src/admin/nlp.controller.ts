import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ApiProblems } from '../common/http/api-problems.decorator';
import { AppConfig } from '../config/app-config';
import { type Entity, LANGUAGES, type Language, type ParseResult } from '../nlp/nlp.types';
import { NluService } from '../nlp/nlu.service';
import { TenantRegistry } from '../tenants/tenant-registry';

class ParseRequestDto {
  @ApiProperty({ example: '¿Tenéis habitación doble del 12 al 15 de diciembre para 2?', maxLength: 4096 })
  @IsString()
  @Length(1, 4096)
  text!: string;

  @ApiProperty({
    required: false,
    enum: LANGUAGES,
    description: 'Skip detection and read the text in this language',
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiProperty({
    required: false,
    description: 'Whose room types and timezone to read it with (default: DEFAULT_TENANT_ID)',
  })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/)
  tenantId?: string;
}

class EntityDto {
  @ApiProperty({ example: 'date_range' }) type!: Entity['type'];
  @ApiProperty({ example: { checkIn: '2026-12-12', checkOut: '2026-12-15' } }) value!: Entity['value'];
  @ApiProperty({ example: 'del 12 al 15 de diciembre' }) text!: string;
  @ApiProperty() start!: number;
  @ApiProperty() end!: number;
}

class ParseResultDto implements ParseResult {
  @ApiProperty({
    example: 'check_availability',
    description: 'An intent name, or None for an off-topic message or one no intent fits',
  })
  intent!: ParseResult['intent'];
  @ApiProperty({ minimum: 0, maximum: 1 }) confidence!: number;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty({ type: [EntityDto] }) entities!: Entity[];
}

@ApiTags('admin')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404, 503)
@Controller('admin/nlp')
export class NlpController {
  constructor(
    private readonly nlu: NluService,
    private readonly tenants: TenantRegistry,
    private readonly config: AppConfig,
  ) {}

  @Post('parse')
  @HttpCode(200)
  @ApiOperation({ summary: 'What the NLU makes of a text: intent, confidence, language and entities' })
  @ApiOkResponse({ type: ParseResultDto })
  async parse(@Body() body: ParseRequestDto): Promise<ParseResult> {
    const tenant = body.tenantId
      ? await this.tenants.require(body.tenantId)
      : ((await this.tenants.get(this.config.tenants.defaultTenantId)) ?? undefined);
    // The contract's four fields (design §3): the questions read beside are the pipeline's business.
    const {
      alsoAsked: _beside,
      ownQuestions: _own,
      ...reading
    } = await this.nlu.parse(body.text, {
      tenant,
      language: body.language,
    });
    return reading;
  }
}
