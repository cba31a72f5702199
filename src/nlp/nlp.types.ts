/** The intents the receptionist understands (design §6; the names `/admin/nlp/parse` returns). */
export const INTENT_NAMES = [
  'greeting',
  'goodbye',
  'thanks',
  'check_availability',
  'make_reservation',
  'confirm',
  'deny',
  'cancel_reservation',
  'reservation_status',
  'room_prices',
  'hotel_info',
  'location',
  'room_photos',
  'late_checkout',
  'human_handoff',
] as const;

export type IntentName = (typeof INTENT_NAMES)[number];
/** What the classifier answers when nothing fits well enough. */
export const NO_INTENT = 'None';
export type ClassifiedIntent = IntentName | typeof NO_INTENT;

export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The topics of `hotel_info` questions. */
export const INFO_TOPICS = [
  'check_in',
  'check_out',
  'wifi',
  'parking',
  'breakfast',
  'pets',
  'amenities',
  'policies',
  'contact',
  'cancellation_policy',
  'children',
  'smoking',
  'invoice',
  'discounts',
  'payment',
  'taxes',
  'extra_bed',
] as const;
export type InfoTopic = (typeof INFO_TOPICS)[number];

/** Something the guest said that fills a slot; `text`, `start` and `end` locate it in the message. */
export type Entity =
  | EntityBase<'date_range', { checkIn: string; checkOut: string }>
  | EntityBase<'date', { date: string }>
  | EntityBase<'nights', { nights: number }>
  /** A month sent on its own ("de diciembre", after "el 18"); `year` when said. */
  | EntityBase<'month', { month: number; year?: number }>
  /** A day the calendar lacks ("29 de febrero" in 2027, "31 de abril"); `year` when other years have it. */
  | EntityBase<'no_such_date', { day: number; month: number; year?: number }>
  /** "El viernes 12" when the 12th is a Saturday: the day read, and the weekday said (0 Sunday … 6 Saturday). */
  | EntityBase<'weekday_mismatch', { date: string; weekday: number }>
  /** `total` is the places in the room: adults and children; babies (`infants`) sleep in a cot. */
  | EntityBase<'guests', { adults: number; children: number; infants: number; total: number }>
  /**
   * `alsoFits`: other room types the same words name just as well ("la doble" with a Doble Estándar
   * and a Doble Superior); the plainest is `roomTypeId`.
   */
  | EntityBase<'room_type', { roomTypeId: string; alsoFits?: string[] }>
  /** How many rooms, when the guest asks for more than one ("2 habitaciones"). */
  /** `parties`: each room's places, when the guest said them ("una para 2 y otra para 1"). */
  | EntityBase<'rooms', { rooms: number; parties?: number[]; forOthers?: boolean[] }>
  | EntityBase<'reference', { reference: string }>
  | EntityBase<'guest_name', { name: string }>
  | EntityBase<'email', { email: string }>
  | EntityBase<'info_topic', { topic: InfoTopic }>;

interface EntityBase<T extends string, V> {
  type: T;
  value: V;
  text: string;
  start: number;
  end: number;
}

export type EntityType = Entity['type'];

/** Another question of the message, read as another intent than the message's own. */
export interface OtherQuestion {
  intent: IntentName;
  /** Asked before any sentence read as the message's own intent. */
  askedFirst: boolean;
  /** Where the question is in the message's text. */
  start: number;
  end: number;
}

/** Where a part of the message is in its text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * What the NLU makes of one message (the body of `POST /admin/nlp/parse`'s answer, less `alsoAsked`
 * and `ownQuestions`).
 */
export interface ParseResult {
  intent: ClassifiedIntent;
  confidence: number;
  language: Language;
  entities: Entity[];
  /** "Where are you? And can I see the suite?": the questions of other intents, one per intent. */
  alsoAsked?: OtherQuestion[];
  /**
   * In a message of several parts, the questions read as its own intent ("…add breakfast please.
   * Also what time is check out?", both hotel_info): answered apart when the message is taken as
   * another request.
   */
  ownQuestions?: TextSpan[];
}
