/** Text in several languages, keyed by ISO 639-1 code (`es`, `en`). */
export type LocalizedText = Record<string, string>;

/** What the hotel wrote for guests: one text, or one per language. */
export type GuestText = string | LocalizedText;

export interface RoomType {
  id: string;
  name: LocalizedText;
  /** Other words guests use for it ("suite", "doble"), per language. */
  synonyms?: Record<string, string[]>;
  maxGuests: number;
  /** Rooms of this type (the local PMS's inventory per night). */
  rooms: number;
  /** Nightly rate in the tenant's currency. */
  rate: number;
  photos: string[];
}

export interface HotelInfo {
  address: string;
  coordinates: { latitude: number; longitude: number };
  checkIn: string;
  checkOut: string;
  lateCheckout?: { until: string; price: number };
  phone: string;
  email: string;
  wifi?: { included: boolean; network?: string; password?: string };
  parking?: { available: boolean; pricePerNight?: number };
  breakfast?: { included: boolean; price?: number; hours?: string };
  pets?: { allowed: boolean; price?: number; notes?: GuestText };
  amenities: string[];
  policies: Record<string, GuestText>;
}

export interface PmsSettings {
  type: 'local' | 'qloapps';
  baseUrl?: string;
  apiKey?: string;
  hotelId?: number;
}

export interface Tenant {
  id: string;
  name: string;
  /** The first one is the default reply language. */
  languages: string[];
  timezone: string;
  currency: string;
  channels: {
    whatsapp?: { phoneNumberIds: string[]; accessToken?: string };
    gmail?: { address: string; clientId?: string; clientSecret?: string; refreshToken?: string };
  };
  pms: PmsSettings;
  info: HotelInfo;
  roomTypes: RoomType[];
  handoff: { whatsapp?: string; email?: string };
}
