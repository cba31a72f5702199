// Something in the guest's room that does not work: no hot water, an air conditioning that will not
// cool, a toilet blocked. Said as a fact, never as a question about the hotel ("is there hot water?",
// "¿hay calefacción?" ask what the rooms have), so a person takes it, not the hotel's data.

/** What a room may be left without: "no hot water", "no hay luz", "sin calefacción". */
const SUPPLY = String.raw`(?:agua caliente|agua|luz|electricidad|corriente|calefaccion|aire acondicionado|aire|hot water|running water|water|power|electricity|lights?|heating|heat|ac|a\/c|air ?con\w*)`;

/** "No water view", "no AC needed", "sin aire, por favor": a wish, not a breakdown. */
const NOT_WANTED = String.raw`(?![\s,]+(?:views?|needed|necessary|required|please|pls|hace falta|necesari\w*|por favor|porfa))`;

/** "No hay agua caliente", "there's no hot water", "no hot water in room 204", "we have no heating". */
const LEFT_WITHOUT = [
  new RegExp(
    String.raw`(?:^\W*|[.,!;¡¿]\s*)(?:pero\s+|but\s+|and\s+|y\s+)?(?:no (?:hay|tengo|tenemos|sale|tiene)|sin|no|there'?s no|there is no|we have no|i have no|we'?ve got no|we got no)\s+${SUPPLY}\b${NOT_WANTED}`,
  ),
  new RegExp(String.raw`\b(?:se (?:ha|nos ha|me ha) ido|se fue|se corto|cortaron) (?:la |el )?${SUPPLY}\b`),
];

/** A thing of the room that fails: "the AC isn't working", "la calefacción no enciende", "toilet is clogged". */
const FAILING = [
  /\b(?:no (?:enciende|enfria|calienta|tira|desagua|se enciende|se apaga)|gotea\w*|goteras?|fugas? de agua|inundad[oa]s?|se sale el agua|se ha (?:roto|estropeado|fundido))\b/,
  /\b(?:inodoro|vater|water|wc|bano|lavabo|ducha|desague|fregadero|banera|retrete)\b[^.?!]{0,20}\batascad[oa]\b/,
  /\b(?:(?:is|are)n'?t working|(?:is|are) not working|stopped working|won'?t (?:turn on|cool|heat|flush|drain|lock)|(?:does|do)n'?t (?:turn on|cool|heat|flush|drain|lock)|(?:is|are) (?:clogged|blocked|leaking|flooded|overflowing)|clogged|leak(?:s|ing)?|flooded|blown fuse)\b/,
];

/** Words of asking whether the hotel has something: then no breakdown is reported. */
const ASKS_WHETHER = /^\W*(?:is there|are there|do (?:you|the rooms)|does the|hay|tienen|teneis|tiene la)\b/;
/** A stay asked about ("¿tenéis una doble…?", "do you have a double Dec 12-14?"): a booking, not a fault. */
const ASKS_FOR_A_ROOM =
  /\b(?:teneis|tienen|tienes|do you have|have you got|reservar|to book|book a|disponib\w*|availab\w*)\b/;
/** A question about the rooms in general: "¿No tiene aire la habitación?", "no heating in the rooms?". */
const ABOUT_THE_ROOMS = /^\W*¿|\b(?:las habitaciones|los cuartos|las piezas|the rooms|your rooms)\b/;
/** The guest's own room: "mi habitación", "our room", "room 204", "en la 204". */
const OWN_ROOM =
  /\b(?:(?:mi|nuestra|la) (?:habitacion|hab|cuarto|pieza) \d+|(?:mi|nuestra) (?:habitacion|hab|cuarto|pieza)|(?:my|our) room|room \d+|en la \d+)\b/;

/**
 * "No hot water in room 204", "no hay agua caliente en la 204", "the AC isn't working": a breakdown.
 * A question about the rooms is one only of the guest's own ("¿no tiene aire acondicionado la
 * habitación?" asks what the rooms have; "no hay agua caliente, ¿pueden mandar a alguien?" reports),
 * and none is beside a stay asked for ("sin aire acondicionado, ¿tenéis una doble?").
 */
export function reportsRoomBreakdown(folded: string): boolean {
  if (ASKS_WHETHER.test(folded) || ASKS_FOR_A_ROOM.test(folded)) return false;
  if (folded.includes('?') && ABOUT_THE_ROOMS.test(folded) && !OWN_ROOM.test(folded)) return false;
  return (
    LEFT_WITHOUT.some((pattern) => pattern.test(folded)) || FAILING.some((pattern) => pattern.test(folded))
  );
}

/**
 * A breakdown in the guest's own room ("no hay agua caliente en la 204", "the AC in my room isn't
 * working"): staying here now, whatever booking they are making too.
 */
export function reportsOwnRoomBreakdown(folded: string): boolean {
  if (OWN_ROOM.test(folded))
    return reportsRoomBreakdown(folded) || (!folded.includes('?') && FAILS_NOW.test(folded));
  // "De la habitación" may be any room: only a fault stated, never asked about.
  if (ASKS_WHETHER.test(folded) || ASKS_FOR_A_ROOM.test(folded) || folded.includes('?')) return false;
  return IN_THE_ROOM.test(folded) && (reportsRoomBreakdown(folded) || FAILS_NOW.test(folded));
}

/** "La tele de la habitación no funciona", "the TV in the room is broken": failing now. */
const FAILS_NOW =
  /\b(?:no (?:funciona|funcionan|va(?! a\b)|anda(?! a\b)|andan|enciende|prende)|(?:esta|estan) (?:rot[oa]s?|estropead[oa]s?|averiad[oa]s?)|(?:is|are)n'?t working|(?:is|are) not working|(?:is|are) broken|doesn'?t work|does not work)\b/;
/** Said of the room the guest is in: "de la habitación", "in the room", "del cuarto". */
const IN_THE_ROOM =
  /\b(?:de la habitacion|del cuarto|de la pieza|en la habitacion|in the room|in our room|of the room)\b/;
