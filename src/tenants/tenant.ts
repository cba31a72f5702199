/** Text in several languages, keyed by ISO 639-1 code (`es`, `en`). */
export type LocalizedText = Readonly<Record<string, string>>;

/** What the hotel wrote for guests: one text, or one per language. */
export type GuestText = string | LocalizedText;

export interface RoomType {
  readonly id: string;
  readonly name: LocalizedText;
  /** Other words guests use for it ("suite", "doble"), per language. */
  readonly synonyms?: Readonly<Record<string, readonly string[]>>;
  readonly maxGuests: number;
  /** Rooms of this type (the local PMS's inventory per night). */
  readonly rooms: number;
  /** Nightly rate in the tenant's currency. */
  readonly rate: number;
  readonly photos: readonly string[];
}

/** The animals a hotel may limit its pets to. */
export const PET_KINDS = ['dog', 'cat', 'bird', 'rabbit', 'rodent', 'ferret', 'reptile'] as const;
export type PetKind = (typeof PET_KINDS)[number];

export interface HotelInfo {
  readonly address: string;
  readonly coordinates: Readonly<{ latitude: number; longitude: number }>;
  readonly checkIn: string;
  readonly checkOut: string;
  readonly lateCheckout?: Readonly<{ until: string; price: number }>;
  readonly phone: string;
  readonly email: string;
  readonly wifi?: Readonly<{ included: boolean; network?: string; password?: string }>;
  readonly parking?: Readonly<{ available: boolean; pricePerNight?: number }>;
  readonly breakfast?: Readonly<{ included: boolean; price?: number; hours?: string }>;
  /**
   * `price`: the supplement per pet and night (guests are told it so, and bookings add it for every
   * night). `maxWeightKg`: the heaviest pet taken; `kinds`: the only animals taken (absent: any). A guest who
   * names a heavier pet or another animal is told it cannot come.
   */
  readonly pets?: Readonly<{
    allowed: boolean;
    price?: number;
    maxWeightKg?: number;
    kinds?: readonly PetKind[];
    notes?: GuestText;
  }>;
  readonly amenities: readonly string[];
  /**
   * Up to how many hours before arrival (the check-in time, in the hotel's zone) a cancellation is
   * free; later ones are charged the first night. Optional: without it the bot only quotes `policies`.
   */
  readonly freeCancellationHours?: number;
  readonly policies: Readonly<Record<string, GuestText>>;
}

export interface PmsSettings {
  readonly type: 'local' | 'qloapps';
  readonly baseUrl?: string;
  readonly apiKey?: string;
  readonly hotelId?: number;
}

export interface Tenant {
  readonly id: string;
  readonly name: string;
  /** The first one is the default reply language. */
  readonly languages: readonly string[];
  readonly timezone: string;
  readonly currency: string;
  readonly channels: {
    readonly whatsapp?: Readonly<{ phoneNumberIds: readonly string[]; accessToken?: string }>;
    readonly gmail?: Readonly<{
      address: string;
      clientId?: string;
      clientSecret?: string;
      refreshToken?: string;
    }>;
  };
  readonly pms: PmsSettings;
  readonly info: HotelInfo;
  readonly roomTypes: readonly RoomType[];
  readonly handoff: Readonly<{ whatsapp?: string; email?: string }>;
  /** A booking code the conversation did not make is shown or cancelled only with the name on the booking. */
  readonly verifyBookingName?: boolean;
}
