import {
  BadRequestException,
  Controller,
  HttpCode,
  Injectable,
  Param,
  ParseEnumPipe,
  Post,
  type PipeTransform,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/http/api-problems.decorator';
import { HandoffService } from '../orchestrator/handoff/handoff.service';
import { TenantRegistry } from '../tenants/tenant-registry';
import { TenantIdPipe } from './tenant-id.pipe';
import { RequestCorrelationId } from '../common/http/request-correlation.decorator';

enum ChannelParam {
  whatsapp = 'whatsapp',
  gmail = 'gmail',
}

/** A guest id in a path: a WhatsApp number or an e-mail address, printable, up to 256 characters. */
@Injectable()
class GuestIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (
      value.length === 0 ||
      value.length > 256 ||
      [...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)
    ) {
      throw new BadRequestException(
        'A guest id is 1–256 printable characters (a WhatsApp number or an e-mail address).',
      );
    }
    return value;
  }
}

class ReleaseResultDto {
  @ApiProperty() tenantId!: string;
  @ApiProperty({ enum: ChannelParam }) channel!: string;
  @ApiProperty({ description: 'The guest (WhatsApp number or e-mail address)' }) guest!: string;
  @ApiProperty({
    description: 'Whether a person had the conversation; the bot answers this guest again either way',
  })
  wasInHandoff!: boolean;
}

@ApiTags('admin')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404, 503)
@Controller('admin/conversations')
export class ConversationsController {
  constructor(
    private readonly handoff: HandoffService,
    private readonly tenants: TenantRegistry,
  ) {}

  @Post(':tenant/:channel/:guest/release')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give a conversation handed to a person back to the bot' })
  @ApiParam({ name: 'channel', enum: ChannelParam })
  @ApiOkResponse({ type: ReleaseResultDto })
  async release(
    @Param('tenant', TenantIdPipe) tenantId: string,
    @Param('channel', new ParseEnumPipe(ChannelParam)) channel: ChannelParam,
    @Param('guest', GuestIdPipe) guest: string,
    @RequestCorrelationId() correlationId: string,
  ): Promise<ReleaseResultDto> {
    await this.tenants.require(tenantId);
    const result = await this.handoff.release(tenantId, channel, guest, correlationId);
    return { tenantId, channel, guest, wasInHandoff: result.wasInHandoff };
  }
}
