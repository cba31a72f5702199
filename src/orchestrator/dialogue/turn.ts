import { calendarDateIn } from '../../common/calendar';
import type { ReplyButton, ReplyContent } from '../../messaging/outbound-message';
import type { UnifiedMessage } from '../../messaging/unified-message';
import {
  type Entity,
  type EntityType,
  type OtherQuestion,
  type Language,
  LANGUAGES,
  type ParseResult,
} from '../../nlp/nlp.types';
import type { GuestText, LocalizedText, Tenant } from '../../tenants/tenant';
import type { Phrasebook, PhraseKey, PhraseValues } from '../replies/phrasebook';
import type { ConversationState } from './conversation-state';
import { noteHelpOffered } from './help-offered';

/** How a turn ended, for hotel_agent_messages_processed_total{outcome}. */
export type TurnOutcome = 'answered' | 'fallback' | 'handoff';

/** WhatsApp shows up to three reply buttons; more choices become a list. */
const MAX_BUTTONS = 3;
const MAX_LIST_ROWS = 10;

/**
 * One guest message being answered: what was said (the NLU's reading), the conversation so far (a
 * working copy, saved only if the turn completes), and the replies being written. Handlers read and
 * write through it; they never touch the session or the queues themselves.
 */
export class Turn {
  readonly replies: ReplyContent[] = [];
  /** Messages for the hotel's staff (a handoff). */
  readonly staffNotices: string[] = [];
  outcome: TurnOutcome = 'answered';
  private thisYear?: string;
  private reading: ParseResult;

  constructor(
    readonly message: UnifiedMessage,
    readonly tenant: Tenant,
    nlu: ParseResult,
    readonly state: ConversationState,
    readonly signal: AbortSignal,
    readonly now: Date,
    private readonly phrases: Phrasebook,
  ) {
    this.reading = nlu;
  }

  /** The NLU's reading of the message, less the entities set aside. */
  get nlu(): ParseResult {
    return this.reading;
  }

  /**
   * Reads the message without the entities `isTold` picks from now on: details that only say what is
   * known already ("reservé del 12 al 14" of the booking being changed), which would change it if read.
   */
  setAside(isTold: (entity: Entity) => boolean): void {
    this.reading = { ...this.reading, entities: this.reading.entities.filter((entity) => !isTold(entity)) };
  }

  /** Reads the message with `entity` in place of `read` (a day re-read in the month of the stay). */
  reread(read: Entity, entity: Entity): void {
    this.reading = { ...this.reading, entities: this.reading.entities.map((e) => (e === read ? entity : e)) };
  }

  /**
   * Another question of the same message ("where are you? and the suite's photos?"), read as `intent`
   * on its own words and entities, on this conversation.
   */
  besides({ intent, start, end }: OtherQuestion): Turn {
    const entities = this.reading.entities
      .filter((entity) => entity.start >= start && entity.end <= end)
      .map((entity) => ({ ...entity, start: entity.start - start, end: entity.end - start }));
    const reading = { ...this.reading, intent, entities, alsoAsked: undefined, ownQuestions: undefined };
    const message = { ...this.message, text: (this.message.text ?? '').slice(start, end) };
    return new Turn(message, this.tenant, reading, this.state, this.signal, this.now, this.phrases);
  }

  get language(): Language {
    return this.state.language;
  }

  /** A phrase from the templates, in the guest's language. */
  text(key: PhraseKey, values: PhraseValues = {}): string {
    return this.phrases.text(this.language, key, values);
  }

  /** What `write` says in another language than the guest's (a reply in each of the hotel's languages). */
  inLanguage<T>(language: Language, write: () => T): T {
    const own = this.state.language;
    this.state.language = language;
    try {
      return write();
    } finally {
      this.state.language = own;
    }
  }

  hasText(key: string): key is PhraseKey {
    return this.phrases.has(this.language, key);
  }

  /** A phrase for the hotel's staff, in the hotel's first language. */
  staffText(key: PhraseKey, values: PhraseValues = {}): string {
    return this.phrases.text(this.staffLanguage, key, values);
  }

  /** The hotel's first language, which its staff read. */
  get staffLanguage(): Language {
    return staffLanguageOf(this.tenant, this.language);
  }

  say(key: PhraseKey, values: PhraseValues = {}): void {
    this.replies.push({ type: 'text', text: this.text(key, values) });
    noteHelpOffered(this.state, key, this.message.id);
  }

  sayText(text: string): void {
    this.replies.push({ type: 'text', text });
    noteHelpOffered(this.state, null, this.message.id);
  }

  /**
   * A question with choices: reply buttons when they fit, a list otherwise (e-mail renders both as
   * numbered options). The choice ids are remembered so "2" on e-mail means the second one.
   */
  ask(text: string, choices: ReplyButton[], listLabel?: string): void {
    const shown = choices.slice(0, MAX_LIST_ROWS);
    noteHelpOffered(this.state, null, this.message.id);
    this.state.dialogue.slots.options = shown.map((choice) => choice.id);
    // The prices of another list are not this one's (a list of rooms writes its own after this).
    delete this.state.dialogue.slots.optionPrices;
    if (shown.length <= MAX_BUTTONS) {
      this.replies.push({ type: 'buttons', text, buttons: shown });
      return;
    }
    this.replies.push({
      type: 'list',
      text,
      buttonLabel: listLabel ?? this.text('ask.room_type.button'),
      sections: [{ title: this.tenant.name.slice(0, 24), rows: shown }],
    });
  }

  /** A list of rooms asked again, or narrowed: the prices shown still pick ("la de 139"). */
  askKeepingPrices(text: string, choices: ReplyButton[]): void {
    const prices: unknown = this.state.dialogue.slots.optionPrices;
    this.ask(text, choices);
    if (prices) this.state.dialogue.slots.optionPrices = prices;
  }

  /** Yes / no buttons under a question. */
  askToConfirm(text: string, yes: 'button.confirm_yes' | 'button.book_yes' = 'button.confirm_yes'): void {
    this.ask(text, [
      { id: 'confirm_yes', title: this.text(yes) },
      { id: 'confirm_no', title: this.text('button.confirm_no') },
    ]);
  }

  entity<T extends EntityType>(type: T): Extract<Entity, { type: T }> | undefined {
    return this.nlu.entities.find((entity): entity is Extract<Entity, { type: T }> => entity.type === type);
  }

  entities<T extends EntityType>(type: T): Array<Extract<Entity, { type: T }>> {
    return this.nlu.entities.filter((entity): entity is Extract<Entity, { type: T }> => entity.type === type);
  }

  /** A tenant text in the guest's language, else the hotel's first language, else any. */
  localized(text: GuestText): string {
    if (typeof text === 'string') return text;
    return text[this.language] ?? text[this.tenant.languages[0]] ?? Object.values(text)[0] ?? '';
  }

  roomName(roomTypeId: string, fallback?: LocalizedText): string {
    const roomType = this.tenant.roomTypes.find((room) => room.id === roomTypeId);
    if (roomType) return this.localized(roomType.name);
    return fallback ? this.localized(fallback) : roomTypeId;
  }

  money(amount: number, currency = this.tenant.currency): string {
    return this.phrases.money(this.language, amount, currency);
  }

  /** A day of the stay; with its year when that is not this year at the hotel ("Sat, Nov 20, 2027"). */
  date(isoDate: string): string {
    this.thisYear ??= calendarDateIn(this.tenant.timezone, this.now).slice(0, 4);
    return this.phrases.date(this.language, isoDate, !isoDate.startsWith(this.thisYear));
  }

  month(month: number): string {
    return this.phrases.month(this.language, month);
  }

  list(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    return this.phrases.list(this.language, items, type);
  }

  /**
   * The guest's first name where known ("¡Hasta pronto, María!", not "María López"); "none" selects
   * the nameless variant of a template.
   */
  get nameOrNone(): string {
    return (this.state.guestName ?? this.message.fromName)?.trim().split(/\s+/)[0] || 'none';
  }
}

/** The hotel's first language, which its staff read; `fallback` when the bot writes no such language. */
export function staffLanguageOf(tenant: Tenant, fallback: Language): Language {
  return LANGUAGES.find((candidate) => candidate === tenant.languages[0]) ?? fallback;
}
