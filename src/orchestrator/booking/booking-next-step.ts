import type { PmsAdapter } from '../../pms/pms-adapter.port';
import { PmsInvalidRequestError } from '../../pms/pms.errors';
import type { Availability } from '../../pms/pms.types';
import {
  type CalendarDate,
  compareDates,
  localDateIn,
  nextOccurrence,
  toIsoDate,
} from '../../nlp/entities/calendar';
import { stayMonthNamed } from '../../nlp/entities/lone-month';
import { namedPeriod } from '../../nlp/entities/named-periods';
import { answerPmsUnavailable } from '../dialogue/pms-trouble';
import type { Turn } from '../dialogue/turn';
import { summarise } from './booking-summary';
import { answerHeldByOwnBooking } from './own-booking-hold';
import { keepsTheBooking } from './same-as-booked';
import { listKindsCompared } from './kinds-compared';
import type { BookingSlots, Stay } from './booking-slots';
import { cheapestMix, cheapestSameKind } from './room-mix';
import { enoughOf, listOffers, offerKinds, offerRoom, roomNotFree, sayStayChanged } from './room-offers';
import { kindsAsked, partyInRoom, roomShares } from './room-shares';
import { sayInvalidDates } from './booking-notes';
import { askDetail } from '../dialogue/repeated-question';
import { asksTheSurname } from './surname-question';

/** More rooms than this in one request is a group: the hotel's reservations team handles it. */
const MAX_ROOMS_PER_REQUEST = 9;
/** A party no room takes is shared among rooms without asking up to this many; more is a group to ask about. */
const MAX_ROOMS_SPLIT_UNASKED = 3;

/**
 * Asks for what is missing, or answers from the PMS once the stay is known. `changedAtTheName`: the
 * guest changed the stay ("mejor la suite") when asked whose name it goes under, and hears it as it
 * now is, with its price, before the name is asked again.
 */
export async function nextBookingStep(
  pms: PmsAdapter,
  turn: Turn,
  slots: BookingSlots,
  changedAtTheName = false,
): Promise<void> {
  const dialogue = turn.state.dialogue;
  if (slots.rooms && slots.rooms > MAX_ROOMS_PER_REQUEST) {
    turn.say('availability.group', { rooms: slots.rooms, email: turn.tenant.info.email });
    slots.rooms = undefined;
    dialogue.awaiting = 'guests';
    return;
  }
  if (!slots.checkIn) return askForDates(turn, slots);
  if (!slots.checkOut) return askFor(turn, 'dates', 'ask.check_out');
  // A single room asked for is for one, and "4 single rooms" for four: no need to ask. (The kind
  // named first is the largest, so every room asked for is a single.)
  const sleepsOne = turn.tenant.roomTypes.find((room) => room.id === slots.roomTypeId)?.maxGuests === 1;
  if (!slots.guests && sleepsOne) slots.guests = slots.rooms ?? 1;
  if (!slots.guests) return askFor(turn, 'guests', 'ask.guests');
  const stay = slots as Stay;
  if (stay.rooms && stay.rooms > stay.guests) {
    // "3 rooms for 2 of us": never a room for nobody, and the guest hears why fewer are shown.
    turn.say('availability.rooms_over_party', { rooms: stay.rooms, guests: stay.guests });
    stay.rooms = stay.guests > 1 ? stay.guests : undefined;
    // A kind named per room ("una doble y una superior") goes with the rooms dropped.
    stay.nextRoomTypes = stay.rooms ? stay.nextRoomTypes?.slice(0, stay.rooms - 1) : undefined;
    stay.roomParties = undefined;
  }
  const largest = Math.max(0, ...turn.tenant.roomTypes.map((room) => room.maxGuests));
  const fewestRooms = largest > 0 ? Math.ceil(stay.guests / largest) : 0;
  if (largest > 0 && partyInRoom(stay) > largest && !stay.rooms && fewestRooms <= MAX_ROOMS_SPLIT_UNASKED) {
    // "Somos 5" where rooms sleep 4: the fewest rooms that take them, without asking.
    turn.say('availability.split_party', { guests: stay.guests, max: largest });
    stay.rooms = fewestRooms;
    stay.roomsSplit = true;
  }
  if (largest > 0 && partyInRoom(stay) > largest) {
    // No dates will help: no room takes them all.
    turn.say('availability.party_too_large', {
      guests: stay.guests,
      max: largest,
      email: turn.tenant.info.email,
    });
    dialogue.awaiting = 'guests';
    return;
  }
  if (await keepsTheBooking(pms, turn, stay)) return;
  const availability = await pmsAvailability(pms, turn, stay);
  if (!availability || listKindsCompared(turn, stay, availability)) return;
  if (!stay.roomTypeId) {
    if (stay.rooms && (await offerCheapestMix(pms, turn, stay, availability))) return;
    // The rooms the bot chose cannot take the party ("somos 8": no two rooms for 4 left; "somos 12", QA 28 S29): one more.
    const oneMore = stay.roomsSplit && (stay.rooms ?? 1) < Math.max(MAX_ROOMS_SPLIT_UNASKED, fewestRooms + 1);
    if (oneMore && enoughOf(availability, stay).length === 0) {
      stay.rooms = (stay.rooms ?? 1) + 1;
      stay.roomParties = undefined;
      return nextBookingStep(pms, turn, stay);
    }
    return listOffers(turn, stay, availability);
  }
  const offer = enoughOf(availability, stay).find((candidate) => candidate.roomTypeId === stay.roomTypeId);
  if (!offer && roomsOfAnyKind(turn, stay, availability)) return nextBookingStep(pms, turn, stay);
  if (!offer && (await answerHeldByOwnBooking(pms, turn, stay))) return;
  if (!offer) return roomNotFree(turn, stay, availability);
  if (kindsAsked(stay) && (stay.mode === 'browse' || !stay.kindsShown)) {
    // "Una suite y una individual": each with its price and the total, before any name is asked;
    // the single is only listed for a party of one.
    const rest = await pmsAvailability(pms, turn, stay, Math.min(...roomShares(stay)));
    if (!rest) return;
    if (offerKinds(turn, stay, availability, rest)) {
      stay.kindsShown = true;
      return;
    }
  }
  if (stay.mode === 'browse') return offerRoom(turn, stay, offer, availability.stale);
  if (!stay.forAnother) stay.guestName ??= turn.state.guestName ?? undefined;
  if (!stay.guestName && changedAtTheName) sayStayChanged(turn, stay, offer);
  if (!stay.guestName) {
    // "¿Cuánto es el total?" at "whose name?": the room's, for every room (several kinds keep their offer's).
    if (!kindsAsked(stay)) stay.quote = { total: offer.total * (stay.rooms ?? 1), currency: offer.currency };
    // The next of several rooms, for others ("y otra para mis padres"): this room's own name.
    return askFor(
      turn,
      'guest_name',
      stay.nextRoom && stay.forAnother ? 'ask.room_guest_name' : 'ask.guest_name',
    );
  }
  if (!asksTheSurname(turn, stay)) summarise(turn, stay, offer, availability.stale);
}

/**
 * "2 suites para 8" with one suite left, and no kind with two rooms for 4: the guest hears how many
 * are left, and the bot chooses the rooms instead (of any kinds, one more if need be), rather than
 * asking for other dates. False when that is not the case.
 */
function roomsOfAnyKind(turn: Turn, stay: Stay, availability: Availability): boolean {
  if (!stay.rooms || !stay.roomTypeId || kindsAsked(stay) || enoughOf(availability, stay).length > 0)
    return false;
  const left = availability.offers.find((offer) => offer.roomTypeId === stay.roomTypeId)?.roomsLeft ?? 0;
  const name = turn.roomName(stay.roomTypeId);
  if (left > 0) turn.say('booking.rooms_left', { room: name, left });
  else turn.say('booking.room_unavailable', { room: name });
  stay.roomTypeId = undefined;
  stay.roomsSplit = true;
  return true;
}

/**
 * "2 habitaciones para 5": when rooms of different kinds (a Superior for 3 and a Standard for 2)
 * cost less than rooms all alike, or are the only way to sleep everyone, they are offered, with the
 * alike ones as the other choice. False (nothing said) otherwise.
 */
async function offerCheapestMix(
  pms: PmsAdapter,
  turn: Turn,
  stay: Stay,
  availability: Availability,
): Promise<boolean> {
  const shares = roomShares(stay);
  const smallest = Math.min(...shares);
  const rest =
    smallest === partyInRoom(stay) ? availability : await pmsAvailability(pms, turn, stay, smallest);
  if (!rest) return true;
  const mix = cheapestMix(shares, availability, rest);
  const alike = cheapestSameKind(enoughOf(availability, stay), shares.length);
  if (!mix || new Set(mix.kinds).size < 2 || (alike && alike.total <= mix.total)) return false;
  stay.roomTypeId = mix.kinds[0];
  stay.nextRoomTypes = mix.kinds.slice(1);
  stay.kindsProposed = true;
  if (offerKinds(turn, stay, availability, rest, alike?.offer)) {
    stay.kindsShown = true;
    return true;
  }
  stay.roomTypeId = stay.nextRoomTypes = stay.kindsProposed = undefined;
  return false;
}

/** "¿Tenéis algo para Semana Santa?": the period's days, this year's or the next, then which the guest wants. */
function askForDates(turn: Turn, slots: BookingSlots): void {
  const today = localDateIn(turn.now, turn.tenant.timezone);
  const month = turn.entity('month')?.value;
  if (month) return askForDaysOf(turn, slots, month, today);
  const period = namedPeriod(turn.message.text ?? '', today);
  // "A double in january, 2 nights": the month of a longer message, unless it names a period of it.
  const monthNamed = period ? null : stayMonthNamed(turn.message.text ?? '', today);
  if (monthNamed) return askForDaysOf(turn, slots, monthNamed, today);
  if (!period) return askFor(turn, 'dates', 'ask.dates');
  Object.assign(slots, { periodFrom: period.from, periodTo: period.to });
  turn.say('ask.dates_period', {
    period: turn.text(`period.${period.name}`),
    from: turn.date(period.from),
    to: turn.date(period.to),
  });
  turn.state.dialogue.awaiting = 'dates';
}

/**
 * "En diciembre" for dates: which days of it; days said next without a month are read in it
 * (booking-merge.ts), from its first day, or today in this month.
 */
function askForDaysOf(
  turn: Turn,
  slots: BookingSlots,
  said: { month: number; year?: number },
  today: CalendarDate,
): void {
  const thisMonth = said.month === today.month && (said.year ?? today.year) === today.year;
  const first = said.year
    ? { year: said.year, month: said.month, day: 1 }
    : nextOccurrence(today, said.month, 1);
  slots.periodFrom = toIsoDate(thisMonth || compareDates(first, today) < 0 ? today : first);
  turn.say('ask.dates_month', { month: turn.month(said.month) });
  turn.state.dialogue.awaiting = 'dates';
}

function askFor(
  turn: Turn,
  awaiting: 'dates' | 'guests' | 'guest_name',
  key: 'ask.dates' | 'ask.check_out' | 'ask.guests' | 'ask.guest_name' | 'ask.room_guest_name',
): void {
  askDetail(turn, awaiting, key);
  turn.state.dialogue.awaiting = awaiting;
}

/** The PMS's answer, or null once the guest has been told why there is none. */
async function pmsAvailability(
  pms: PmsAdapter,
  turn: Turn,
  stay: Stay,
  guests = partyInRoom(stay),
): Promise<Availability | null> {
  try {
    return await pms.checkAvailability(
      {
        tenantId: turn.tenant.id,
        checkIn: stay.checkIn,
        checkOut: stay.checkOut,
        guests,
      },
      turn.signal,
    );
  } catch (error) {
    if (error instanceof PmsInvalidRequestError) {
      sayInvalidDates(turn, error.reason);
      const slots: BookingSlots = stay;
      slots.checkIn = slots.checkOut = undefined;
      turn.state.dialogue.awaiting = 'dates';
      return null;
    }
    if (answerPmsUnavailable(turn, error)) return null;
    throw error;
  }
}
