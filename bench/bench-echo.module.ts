import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { IsInt, IsString, Length, MaxLength, Min } from 'class-validator';

/** The body POST /bench/echo accepts; the bare Fastify baseline checks the same rules by hand. */
export class BenchEchoDto {
  @IsString()
  @Length(1, 64)
  guestId!: string;

  @IsString()
  @MaxLength(4096)
  text!: string;

  @IsInt()
  @Min(0)
  count!: number;
}

export interface BenchEchoReply {
  guestId: string;
  count: number;
  textLength: number;
}

/** A bench-only JSON POST route, so the benchmark measures the whole pipe/interceptor/filter chain. */
@Controller('bench')
export class BenchEchoController {
  @Post('echo')
  @HttpCode(200)
  echo(@Body() body: BenchEchoDto): BenchEchoReply {
    return { guestId: body.guestId, count: body.count, textLength: body.text.length };
  }
}

@Module({ controllers: [BenchEchoController] })
export class BenchEchoModule {}
