import type { RoomType } from '../../tenants/tenant';
import type { Entity, Language } from '../nlp.types';
import { localDateIn } from './calendar';
import { withoutCorrected } from './corrected-days';
import { extractDates } from './dates';
import { guestNameAt } from './guest-name';
import { extractRoomNames } from './room-names';
import { extractRoomCount, partyAcrossRooms, roomsOfCouples } from './rooms';
import { roomsEachOwn } from './rooms-each-own';
import { extractIdentifiers } from './identifiers';
import { extractInfoTopics } from './info-topics';
import { monthSaidAlone } from './lone-month';
import { extractRoomTypes } from './room-types';
import { withoutRoomsRefused } from './room-refusals';
import { foldText } from '../../common/fold-text';
import { overlaps } from './text';
import { partyBesideStays } from './party-beside-stays';

export interface EntityContext {
  language: Language;
  /** The moment the message arrived; "mañana" is counted from the hotel's date at that moment. */
  now: Date;
  /** The hotel's IANA time zone. */
  timezone: string;
  /** The tenant's room types: only these can be named. */
  roomTypes: readonly RoomType[];
}

const TRAILING_PARTICLES = /(?:[\s,]+(?:de|del|la|las|los|van|von|der|da|di|do|dos|das|du|le))*[\s,]*$/i;

/** A name cut short where a date or a room type starts ("a nombre de Ana Suite Junior" is no name). */
function trimName(text: string, name: Entity, others: readonly Entity[]): Entity | null {
  const cut = Math.min(
    name.end,
    ...others.filter((other) => overlaps(other, name)).map((other) => other.start),
  );
  const kept = text.slice(name.start, cut).replace(TRAILING_PARTICLES, '');
  if (kept.length === 0) return null;
  if (kept.length === name.text.length) return name;
  return guestNameAt(text, name.start, name.start + kept.length);
}

const WEEKDAY_SURNAMES = new Set(['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo']);

function isSurnameDay(text: string, date: Entity, name: Entity): boolean {
  return (
    date.type === 'date' &&
    date.start >= name.end &&
    /^ +$/.test(text.slice(name.end, date.start)) &&
    /^\p{Lu}\p{Ll}+$/u.test(date.text) &&
    WEEKDAY_SURNAMES.has(foldText(date.text))
  );
}

/** "Una … y otra …", "one … and the other …": each of several rooms. */
const ONE_AND_ANOTHER =
  /\b(?:una|uno|one)\b.*\b(?:y|e|and)\s+(?:la\s+|el\s+|the\s+)?(?:otr[oa]|other|another)\b/;

/**
 * Everything in one guest message that fills a slot: dates (read in `language`), party size, room
 * count, room types, booking references, e-mail addresses, the guest's name and what an info question is about.
 * Pure: the same text, context and `now` give the same entities, sorted by where they start.
 */
export function extractEntities(text: string, context: EntityContext): Entity[] {
  const dates = extractDates(text, context);
  const roomTypes = withoutRoomsRefused(text, extractRoomTypes(text, context.roomTypes));
  // "dec 12-14 standard double": the 14 is the stay's last day, not 14 rooms.
  const rooms = extractRoomCount(text, roomTypes).filter(
    (count) => !dates.some((date) => date.type !== 'nights' && overlaps(date, count)),
  );
  const guests = partyAcrossRooms(partyBesideStays(text, dates), rooms);
  // A room named for them ("dos parejas, suite junior") is the guests' choice: the flow tells if it fits.
  if (rooms.length === 0 && roomTypes.length === 0) rooms.push(...roomsOfCouples(text, guests));
  // "Two of our consultants… each will require a single room": a room each.
  if (rooms.length === 0) rooms.push(...roomsEachOwn(text, guests));
  const identifiers = extractIdentifiers(text);
  // "dos adultos y un niño" states a party; it does not ask about the children's policy.
  const topics = extractInfoTopics(text).filter((topic) => !guests.some((party) => overlaps(party, topic)));
  // "me llamo Ángel Domingo": a capitalised weekday right after a name is a surname, not a day.
  const surnames = new Set<Entity>();
  const withSurnames = identifiers.map((entity) => {
    const day =
      entity.type === 'guest_name' ? dates.find((date) => isSurnameDay(text, date, entity)) : undefined;
    if (!day) return entity;
    surnames.add(day);
    return guestNameAt(text, entity.start, day.end);
  });
  const days = withoutCorrected(
    text,
    dates.filter((date) => !surnames.has(date)),
    localDateIn(context.now, context.timezone),
  );
  const slots = [...days, ...roomTypes];
  // Several rooms asked for, each under its own name ("una a mi nombre… y la otra a nombre de…"): each name.
  // Also answering "whose name?" for rooms asked before: "una a nombre de Pablo Ortiz y otra a nombre de…".
  const roomNames =
    rooms.some((count) => count.type === 'rooms' && count.value.rooms > 1) ||
    ONE_AND_ANOTHER.test(foldText(text))
      ? extractRoomNames(text)
      : [];
  const named = withSurnames.flatMap((entity) => {
    if (entity.type !== 'guest_name') return [entity];
    if (roomNames.length > 0) return [];
    const trimmed = trimName(text, entity, slots);
    return trimmed ? [trimmed] : [];
  });
  named.push(...roomNames);
  const month = monthSaidAlone(text);
  const months: Entity[] = month ? [{ type: 'month', value: month, text, start: 0, end: text.length }] : [];
  return [...days, ...months, ...guests, ...rooms, ...roomTypes, ...named, ...topics].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}
