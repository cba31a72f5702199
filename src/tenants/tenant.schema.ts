import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsPositive,
  IsString,
  IsTimeZone,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  ValidateBy,
  ValidateNested,
  validateSync,
  type ValidationError,
} from 'class-validator';
import { PET_KINDS, type PetKind, type Tenant } from './tenant';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Text the guest reads: one string, or one per language (`{ "es": "...", "en": "..." }`). */
function isGuestText(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([, text]) => typeof text === 'string');
}

const IsGuestText = (): PropertyDecorator =>
  ValidateBy({
    name: 'isGuestText',
    validator: {
      validate: isGuestText,
      defaultMessage: (args) => `${args?.property} must be a string or an object of strings by language`,
    },
  });

const AreGuestTexts = (): PropertyDecorator =>
  ValidateBy({
    name: 'areGuestTexts',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every(isGuestText),
      defaultMessage: (args) =>
        `${args?.property} must map names to strings or objects of strings by language`,
    },
  });

const URL_OPTIONS = { require_tld: false, protocols: ['http', 'https'], require_protocol: true };

class CoordinatesShape {
  @IsNumber() @Min(-90) @Max(90) latitude!: number;
  @IsNumber() @Min(-180) @Max(180) longitude!: number;
}

class LateCheckoutShape {
  @Matches(TIME, { message: 'until must be HH:MM' }) until!: string;
  @IsNumber() @Min(0) price!: number;
}

class WifiShape {
  @IsBoolean() included!: boolean;
  @IsOptional() @IsString() network?: string;
  @IsOptional() @IsString() password?: string;
}

class ParkingShape {
  @IsBoolean() available!: boolean;
  @IsOptional() @IsNumber() @Min(0) pricePerNight?: number;
}

class BreakfastShape {
  @IsBoolean() included!: boolean;
  @IsOptional() @IsNumber() @Min(0) price?: number;
  @IsOptional() @IsString() hours?: string;
}

class PetsShape {
  @IsBoolean() allowed!: boolean;
  @IsOptional() @IsNumber() @Min(0) price?: number;
  @IsOptional() @IsNumber() @Min(0) maxWeightKg?: number;
  @IsOptional() @IsArray() @ArrayMinSize(1) @IsIn(PET_KINDS, { each: true }) kinds?: PetKind[];
  @IsOptional() @IsGuestText() notes?: string | Record<string, string>;
}

class InfoShape {
  @IsString() @MinLength(1) address!: string;
  @ValidateNested() @Type(() => CoordinatesShape) coordinates!: CoordinatesShape;
  @Matches(TIME, { message: 'checkIn must be HH:MM' }) checkIn!: string;
  @Matches(TIME, { message: 'checkOut must be HH:MM' }) checkOut!: string;
  @IsOptional() @ValidateNested() @Type(() => LateCheckoutShape) lateCheckout?: LateCheckoutShape;
  @IsString() @MinLength(3) phone!: string;
  @IsEmail() email!: string;
  @IsOptional() @ValidateNested() @Type(() => WifiShape) wifi?: WifiShape;
  @IsOptional() @ValidateNested() @Type(() => ParkingShape) parking?: ParkingShape;
  @IsOptional() @ValidateNested() @Type(() => BreakfastShape) breakfast?: BreakfastShape;
  @IsOptional() @ValidateNested() @Type(() => PetsShape) pets?: PetsShape;
  @IsArray() @IsString({ each: true }) amenities!: string[];
  @IsOptional() @IsInt() @Min(0) @Max(720) freeCancellationHours?: number;
  @AreGuestTexts() policies!: Record<string, string | Record<string, string>>;
}

class RoomTypeShape {
  @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'id must be [a-z0-9_-], up to 64' }) id!: string;
  @IsObject() name!: Record<string, string>;
  @IsOptional() @IsObject() synonyms?: Record<string, string[]>;
  @IsInt() @Min(1) @Max(20) maxGuests!: number;
  @IsInt() @Min(0) @Max(10_000) rooms!: number;
  @IsNumber() @IsPositive() rate!: number;
  @IsArray() @IsUrl(URL_OPTIONS, { each: true }) photos!: string[];
}

class WhatsAppChannelShape {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @Matches(/^\d{5,20}$/, { each: true, message: 'phoneNumberIds must be digits' })
  phoneNumberIds!: string[];
  @IsOptional() @IsString() @MinLength(1) accessToken?: string;
}

class GmailChannelShape {
  @IsEmail() address!: string;
  @IsOptional() @IsString() clientId?: string;
  @IsOptional() @IsString() clientSecret?: string;
  @IsOptional() @IsString() refreshToken?: string;
}

class ChannelsShape {
  @IsOptional() @ValidateNested() @Type(() => WhatsAppChannelShape) whatsapp?: WhatsAppChannelShape;
  @IsOptional() @ValidateNested() @Type(() => GmailChannelShape) gmail?: GmailChannelShape;
}

class PmsShape {
  @IsIn(['local', 'qloapps']) type!: 'local' | 'qloapps';
  @ValidateIf((pms: PmsShape) => pms.type === 'qloapps') @IsUrl(URL_OPTIONS) baseUrl?: string;
  @ValidateIf((pms: PmsShape) => pms.type === 'qloapps')
  @Length(32, 32, { message: 'apiKey must be the 32-character webservice key' })
  apiKey?: string;
  @ValidateIf((pms: PmsShape) => pms.type === 'qloapps') @IsInt() @Min(1) hotelId?: number;
}

class HandoffShape {
  @IsOptional() @IsString() whatsapp?: string;
  @IsOptional() @IsEmail() email?: string;
}

export class TenantShape {
  @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'id must be [a-z0-9_-], up to 64' }) id!: string;
  @IsString() @MinLength(1) name!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be ISO 639-1 codes' })
  languages!: string[];
  @IsTimeZone() timezone!: string;
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' }) currency!: string;
  @ValidateNested() @Type(() => ChannelsShape) channels!: ChannelsShape;
  @ValidateNested() @Type(() => PmsShape) pms!: PmsShape;
  @ValidateNested() @Type(() => InfoShape) info!: InfoShape;
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => RoomTypeShape)
  roomTypes!: RoomTypeShape[];
  @ValidateNested() @Type(() => HandoffShape) handoff!: HandoffShape;
  @IsOptional() @IsBoolean() verifyBookingName?: boolean;
}

/** Problems of one tenant, each naming the field by its path (`info.checkIn`, `roomTypes.2.rate`). */
export function tenantProblems(data: unknown): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return ['must be a JSON object'];
  const problems = validateSync(plainToInstance(TenantShape, data), {
    forbidUnknownValues: true,
    stopAtFirstError: true,
  }).flatMap((e) => flatten(e, ''));
  const { roomTypes, languages } = data as Partial<Tenant>;
  if (isList(roomTypes)) {
    const ids = roomTypes.map((room) => room?.id);
    if (new Set(ids).size !== ids.length) problems.push('roomTypes: room type ids must be unique');
    roomTypes.forEach((room, i) => {
      for (const language of isList(languages) ? languages : []) {
        if (typeof room?.name?.[language] !== 'string')
          problems.push(`roomTypes.${i}.name: needs a "${language}" name`);
      }
    });
  }
  return problems;
}

/** Array.isArray, without widening a read-only list to any[]. */
function isList<T>(value: readonly T[] | undefined): value is readonly T[] {
  return Array.isArray(value);
}

function flatten(error: ValidationError, parent: string): string[] {
  const path = parent ? `${parent}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`);
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, path))];
}
