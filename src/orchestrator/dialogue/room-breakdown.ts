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
  /\b(?:no (?:enciende|enfria|calienta|tira|desagua|se enciende|se apaga)|atascad[oa]s?|gotea\w*|goteras?|fugas? de agua|inundad[oa]s?|se sale el agua|se ha (?:roto|estropeado|fundido))\b/,
  /\b(?:(?:is|are)n'?t working|(?:is|are) not working|stopped working|won'?t (?:turn on|work|cool|heat|flush|drain|lock)|(?:does|do)n'?t (?:turn on|cool|heat|flush|drain|lock)|(?:is|are) (?:clogged|blocked|leaking|flooded|overflowing)|clogged|leak(?:s|ing)?|flooded|blown fuse)\b/,
];

/** Words of asking whether the hotel has something: then no breakdown is reported. */
const ASKS_WHETHER = /^\W*(?:is there|are there|do (?:you|the rooms)|does the|hay|tienen|teneis|tiene la)\b/;

/** "No hot water in room 204", "no hay agua caliente en la 204", "the AC isn't working": a breakdown. */
export function reportsRoomBreakdown(folded: string): boolean {
  if (ASKS_WHETHER.test(folded)) return false;
  return (
    LEFT_WITHOUT.some((pattern) => pattern.test(folded)) || FAILING.some((pattern) => pattern.test(folded))
  );
}
