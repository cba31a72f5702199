import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsObject,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  validateSync,
} from 'class-validator';
import type { FieldProblem } from '../../common/http/problem-details';
import { RequestValidationError } from '../../common/http/request-validation.error';
import {
  matchesWhatsAppEnvelopeSchema,
  MAX_DEPTH,
  MAX_ID_LENGTH,
  MAX_ITEMS,
  MAX_LABEL_LENGTH,
  MAX_STATUSES,
  MAX_TEXT_LENGTH,
  PHONE_NUMBER_ID,
  RESERVED_KEYS,
  UNIX_SECONDS,
} from './whatsapp-envelope.schema';

/*
 * The envelope's DTO classes: the authority on what is valid, and the author of every 400's field
 * messages. Bodies are first checked against the compiled schema (whatsapp-envelope.schema.ts), which
 * mirrors these classes at a fraction of the cost; only a body it does not accept comes here.
 */

type ClassRef = () => new () => object;

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}
const IdString = () => compose(IsString(), Length(1, MAX_ID_LENGTH));
const LabelString = () => compose(IsString(), MaxLength(MAX_LABEL_LENGTH));
const TextString = () => compose(IsString(), MaxLength(MAX_TEXT_LENGTH));
const Digits = (pattern: RegExp) => Matches(pattern, { message: '$property must be a string of digits' });
/** Optional means absent: `null` is a wrong shape (IsOptional would let it through). */
const Optional = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
const NestedObject = (type: ClassRef) => compose(IsObject(), ValidateNested(), Type(type));
const NestedArray = (type: ClassRef, max: number) =>
  compose(IsArray(), ArrayMaxSize(max), IsObject({ each: true }), ValidateNested({ each: true }), Type(type));
/** A type-specific payload (`text`, `image`...) is required, and checked, only for its own type. */
const PayloadOf = (type: string) => ValidateIf((message: { type?: unknown }) => message.type === type);

export class WhatsAppErrorDataDto {
  @Optional() @TextString() details?: string;
}

export class WhatsAppErrorDto {
  @IsInt() code!: number;
  @LabelString() title!: string;
  @Optional() @TextString() message?: string;
  @Optional() @NestedObject(() => WhatsAppErrorDataDto) error_data?: WhatsAppErrorDataDto;
}

export class WhatsAppTextDto {
  @TextString() body!: string;
}

/** audio, image, video, document and sticker share this shape. */
export class WhatsAppMediaDto {
  @IdString() id!: string;
  @Optional() @LabelString() mime_type?: string;
  @Optional() @LabelString() sha256?: string;
  @Optional() @IsBoolean() voice?: boolean;
  @Optional() @IsBoolean() animated?: boolean;
  @Optional() @TextString() caption?: string;
  @Optional() @LabelString() filename?: string;
}

export class WhatsAppLocationDto {
  @IsNumber() @Min(-90) @Max(90) latitude!: number;
  @IsNumber() @Min(-180) @Max(180) longitude!: number;
  @Optional() @LabelString() name?: string;
  @Optional() @LabelString() address?: string;
}

export class WhatsAppReplyDto {
  @IdString() id!: string;
  @LabelString() title!: string;
  @Optional() @LabelString() description?: string;
}

export class WhatsAppInteractiveDto {
  @IdString() type!: string;
  @ValidateIf((i: { type?: unknown }) => i.type === 'button_reply')
  @NestedObject(() => WhatsAppReplyDto)
  button_reply?: WhatsAppReplyDto;
  @ValidateIf((i: { type?: unknown }) => i.type === 'list_reply')
  @NestedObject(() => WhatsAppReplyDto)
  list_reply?: WhatsAppReplyDto;
}

export class WhatsAppButtonDto {
  @LabelString() payload!: string;
  @LabelString() text!: string;
}

export class WhatsAppReactionDto {
  @IdString() message_id!: string;
  /** Absent or empty when the guest removed the reaction. */
  @Optional() @IsString() @MaxLength(MAX_ID_LENGTH) emoji?: string;
}

export class WhatsAppContactNameDto {
  @Optional() @LabelString() formatted_name?: string;
  @Optional() @LabelString() first_name?: string;
  @Optional() @LabelString() last_name?: string;
}

export class WhatsAppContactPhoneDto {
  @Optional() @LabelString() phone?: string;
  @Optional() @LabelString() wa_id?: string;
}

/** A contact card the guest shared (a `contacts` message), not the sender's profile. */
export class WhatsAppContactCardDto {
  @Optional() @NestedObject(() => WhatsAppContactNameDto) name?: WhatsAppContactNameDto;
  @Optional() @NestedArray(() => WhatsAppContactPhoneDto, MAX_ITEMS) phones?: WhatsAppContactPhoneDto[];
}

export class WhatsAppContextDto {
  /** Absent on forwarded messages, which carry only `forwarded` flags. */
  @Optional() @IdString() id?: string;
}

export class WhatsAppMessageDto {
  @IdString() id!: string;
  @IdString() from!: string;
  /** Not limited to the known types: Meta adds new ones, which become `unsupported`. */
  @IdString() type!: string;
  @Digits(UNIX_SECONDS) timestamp!: string;
  @Optional() @NestedObject(() => WhatsAppContextDto) context?: WhatsAppContextDto;
  @PayloadOf('text') @NestedObject(() => WhatsAppTextDto) text?: WhatsAppTextDto;
  @PayloadOf('audio') @NestedObject(() => WhatsAppMediaDto) audio?: WhatsAppMediaDto;
  @PayloadOf('image') @NestedObject(() => WhatsAppMediaDto) image?: WhatsAppMediaDto;
  @PayloadOf('video') @NestedObject(() => WhatsAppMediaDto) video?: WhatsAppMediaDto;
  @PayloadOf('document') @NestedObject(() => WhatsAppMediaDto) document?: WhatsAppMediaDto;
  @PayloadOf('sticker') @NestedObject(() => WhatsAppMediaDto) sticker?: WhatsAppMediaDto;
  @PayloadOf('location') @NestedObject(() => WhatsAppLocationDto) location?: WhatsAppLocationDto;
  @PayloadOf('interactive') @NestedObject(() => WhatsAppInteractiveDto) interactive?: WhatsAppInteractiveDto;
  @PayloadOf('button') @NestedObject(() => WhatsAppButtonDto) button?: WhatsAppButtonDto;
  @PayloadOf('reaction') @NestedObject(() => WhatsAppReactionDto) reaction?: WhatsAppReactionDto;
  @PayloadOf('contacts')
  @NestedArray(() => WhatsAppContactCardDto, MAX_ITEMS)
  contacts?: WhatsAppContactCardDto[];
  /** Why Meta could not deliver the content (type `unsupported`/`unknown`). */
  @Optional() @NestedArray(() => WhatsAppErrorDto, MAX_ITEMS) errors?: WhatsAppErrorDto[];
}

export class WhatsAppStatusDto {
  @IdString() id!: string;
  /** Checked by the normaliser, which skips values it does not know rather than failing the batch. */
  @IdString() status!: string;
  @Digits(UNIX_SECONDS) timestamp!: string;
  @IdString() recipient_id!: string;
  @Optional() @NestedArray(() => WhatsAppErrorDto, MAX_ITEMS) errors?: WhatsAppErrorDto[];
}

export class WhatsAppProfileDto {
  @Optional() @LabelString() name?: string;
}

/** The sender's profile (`value.contacts[]`), matched to messages by `wa_id`. */
export class WhatsAppSenderDto {
  @IdString() wa_id!: string;
  @Optional() @NestedObject(() => WhatsAppProfileDto) profile?: WhatsAppProfileDto;
}

export class WhatsAppMetadataDto {
  @LabelString() display_phone_number!: string;
  @Digits(PHONE_NUMBER_ID) phone_number_id!: string;
}

export class WhatsAppValueDto {
  @Equals('whatsapp') messaging_product!: 'whatsapp';
  @NestedObject(() => WhatsAppMetadataDto) metadata!: WhatsAppMetadataDto;
  @Optional() @NestedArray(() => WhatsAppSenderDto, MAX_ITEMS) contacts?: WhatsAppSenderDto[];
  @Optional() @NestedArray(() => WhatsAppMessageDto, MAX_ITEMS) messages?: WhatsAppMessageDto[];
  @Optional() @NestedArray(() => WhatsAppStatusDto, MAX_STATUSES) statuses?: WhatsAppStatusDto[];
  @Optional() @NestedArray(() => WhatsAppErrorDto, MAX_ITEMS) errors?: WhatsAppErrorDto[];
}

export class WhatsAppChangeDto {
  @IdString() field!: string;
  /**
   * Only `messages` changes are checked (and read): other subscribed fields (account_update,
   * template status...) have other shapes, and rejecting them would make Meta retry them for days.
   */
  @ValidateIf((change: { field?: unknown }) => change.field === 'messages')
  @NestedObject(() => WhatsAppValueDto)
  value!: WhatsAppValueDto;
}

export class WhatsAppEntryDto {
  @IdString() id!: string;
  @NestedArray(() => WhatsAppChangeDto, MAX_ITEMS) changes!: WhatsAppChangeDto[];
}

/** The body of `POST /webhooks/whatsapp`. Unknown fields are kept (and ignored): Meta adds them over time. */
export class WhatsAppEnvelope {
  @Equals('whatsapp_business_account') object!: 'whatsapp_business_account';
  @NestedArray(() => WhatsAppEntryDto, MAX_ITEMS) entry!: WhatsAppEntryDto[];
}

/** Validates a parsed webhook body; throws RequestValidationError (a 400) naming the fields at fault. */
export function parseWhatsAppEnvelope(body: unknown): WhatsAppEnvelope {
  // The usual case, a valid delivery, is settled by the schema; the plain body is what the classes
  // would have produced field for field (they copy it; nothing is converted).
  if (matchesWhatsAppEnvelopeSchema(body)) return body as WhatsAppEnvelope;
  return parseWithClasses(body);
}

/** parseWhatsAppEnvelope without the schema: the classes alone (tests compare the two). */
export function parseWithClasses(body: unknown): WhatsAppEnvelope {
  if (!isJsonObject(body))
    throw new RequestValidationError([{ field: '(body)', messages: ['must be a JSON object'] }]);
  const problem = structuralProblem(body);
  if (problem) throw new RequestValidationError([problem]);
  const envelope = plainToInstance(WhatsAppEnvelope, body);
  const errors = validateSync(envelope, { whitelist: false, forbidUnknownValues: true });
  if (errors.length > 0) throw RequestValidationError.fromValidationErrors(errors);
  return envelope;
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Walks the whole body (iteratively, so depth cannot overflow the stack) before class-transformer
 * copies it recursively: too deep, too long an array anywhere, or a key that breaks the copy.
 */
function structuralProblem(body: object): FieldProblem | undefined {
  const pending: Array<{ node: object; path: string; depth: number }> = [{ node: body, path: '', depth: 1 }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { node, path, depth } = item;
    if (depth > MAX_DEPTH)
      return { field: path, messages: [`must not nest deeper than ${MAX_DEPTH} levels`] };
    if (Array.isArray(node) && node.length > MAX_STATUSES)
      return { field: path, messages: [`must contain no more than ${MAX_STATUSES} elements`] };
    for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
      const childPath = path ? `${path}.${key}` : key;
      if (RESERVED_KEYS.has(key)) return { field: childPath, messages: ['is a reserved key'] };
      if (typeof child === 'object' && child !== null)
        pending.push({ node: child, path: childPath, depth: depth + 1 });
    }
  }
  return undefined;
}
