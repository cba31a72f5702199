import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsISO8601,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { MAX_RECENT_ARRIVALS, type Session, type SessionIdentity } from './session';

class IntentRecordShape {
  @IsString() @Length(1, 64) name!: string;
  @IsNumber() @Min(0) @Max(1) confidence!: number;
  @IsISO8601() at!: string;
}

class DialogueStateShape {
  @IsOptional() @IsString() @MaxLength(64) flow!: string | null;
  @IsOptional() @IsString() @MaxLength(64) awaiting!: string | null;
  @IsObject() slots!: Record<string, unknown>;
}

/** The shape a stored session must have; anything else is quarantined. */
class SessionShape {
  @IsString() tenantId!: string;
  @IsString() channel!: string;
  @IsString() guestId!: string;
  @IsOptional() @IsString() @Length(2, 16) language!: string | null;
  @IsOptional() @IsString() @MaxLength(200) guestName!: string | null;
  @IsArray() @ValidateNested({ each: true }) @Type(() => IntentRecordShape) intents!: IntentRecordShape[];
  @IsObject() @ValidateNested() @Type(() => DialogueStateShape) dialogue!: DialogueStateShape;
  @IsInt() @Min(0) fallbackCount!: number;
  @IsBoolean() handoff!: boolean;
  @IsOptional() @IsString() @MaxLength(256) lastMessageId!: string | null;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(256, { each: true })
  recentMessageIds?: string[];
  @IsOptional() @IsInt() @Min(0) replyTurns?: number;
  // Both absent from sessions written before the per-guest rate limit: they load as "no arrivals".
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RECENT_ARRIVALS)
  @IsInt({ each: true })
  @Min(0, { each: true })
  recentArrivals?: number[];
  @IsOptional() @IsInt() @Min(0) throttleNoticeAt?: number | null;
  @IsInt() @Min(1) version!: number;
  @IsISO8601() createdAt!: string;
  @IsISO8601() updatedAt!: string;
}

export type SessionReadResult = { session: Session } | { problem: 'unparseable' | 'invalid'; detail: string };

/** Parses and validates stored session JSON for the session it claims to be. */
export function readSession(raw: string, identity: SessionIdentity): SessionReadResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { problem: 'unparseable', detail: error instanceof Error ? error.message : 'not JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problem: 'invalid', detail: 'not a JSON object' };
  }
  const errors = validateSync(plainToInstance(SessionShape, data), { forbidUnknownValues: true });
  if (errors.length > 0) return { problem: 'invalid', detail: errors.map((e) => e.property).join(', ') };
  const session = data as Session;
  const owner = [session.tenantId, session.channel, session.guestId].join('\u0000');
  if (owner !== [identity.tenantId, identity.channel, identity.guestId].join('\u0000')) {
    return { problem: 'invalid', detail: 'belongs to another conversation' };
  }
  return {
    session: {
      ...session,
      language: session.language ?? null,
      guestName: session.guestName ?? null,
      lastMessageId: session.lastMessageId ?? null,
      recentMessageIds: session.recentMessageIds ?? [],
      recentArrivals: session.recentArrivals ?? [],
      throttleNoticeAt: session.throttleNoticeAt ?? null,
      dialogue: {
        flow: session.dialogue.flow ?? null,
        awaiting: session.dialogue.awaiting ?? null,
        slots: session.dialogue.slots,
      },
    },
  };
}
