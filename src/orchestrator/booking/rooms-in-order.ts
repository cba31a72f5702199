import type { Turn } from '../dialogue/turn';

/** The rooms a message asks for, as the NLU reads them. */
interface RoomsSaid {
  rooms: number;
  parties?: number[];
  forOthers?: boolean[];
}

/** The rooms' places in the order they are booked, and (said by whom) which are for others. */
export interface RoomsInOrder {
  parties?: number[];
  forOthers?: boolean[];
  /** Where each room was said: the kinds named one per room follow it. */
  said?: number[];
}

/**
 * The order a request's rooms are booked in: the largest first, so that each kind named takes its
 * share and a list of kinds shows those the first room's party fits. When each room's kind is
 * known and they were said by whom each is for ("una doble para mí y otra para mis padres"), the
 * guest's own comes first and the others as said, so the first name asked is the guest's and each
 * room for others is asked its own.
 */
export function roomsInOrder({ parties, forOthers }: RoomsSaid, kindsKnown: boolean): RoomsInOrder {
  if (!parties) return {};
  const byWhom = forOthers?.length === parties.length ? forOthers : undefined;
  const said = parties.map((_, i) => i);
  if (byWhom && kindsKnown) said.sort((a, b) => Number(byWhom[a]) - Number(byWhom[b]));
  else said.sort((a, b) => parties[b] - parties[a]);
  return {
    parties: said.map((i) => parties[i]),
    forOthers: byWhom && said.map((i) => byWhom[i]),
    said: byWhom && kindsKnown ? said : undefined,
  };
}

/**
 * The kinds the message names: one, or one per room when several rooms are asked for ("una doble y
 * una individual"), in the rooms' order: as they were said when each room's kind was said with whom
 * it is for, else the largest first, as the rooms' parties are.
 */
export function roomKindsNamed(turn: Turn, rooms = 1, said?: number[]): string[] {
  const named = [...new Set(turn.entities('room_type').map((entity) => entity.value.roomTypeId))];
  if (rooms < 2 || named.length < 2) return named.slice(0, 1);
  if (said && named.length === said.length) return said.map((i) => named[i]);
  const places = (id: string): number => turn.tenant.roomTypes.find((room) => room.id === id)?.maxGuests ?? 0;
  return named.slice(0, rooms).sort((a, b) => places(b) - places(a));
}

/**
 * Whether every room's kind is known, so rooms said by whom may be booked in the order said: one kind
 * for them all (named now or before), or one named per room. "Una doble para mis padres, una doble
 * para mis suegros y una individual para mí" names two kinds for three rooms: kept largest first.
 */
export function kindsKnownFor(turn: Turn, rooms: number, kindBefore: string | undefined): boolean {
  const kinds = new Set(turn.entities('room_type').map((entity) => entity.value.roomTypeId)).size;
  return kinds === 1 || kinds === rooms || (kinds === 0 && kindBefore !== undefined);
}
