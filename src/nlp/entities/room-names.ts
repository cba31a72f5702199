import { foldText } from '../../common/fold-text';
import type { Entity } from '../nlp.types';
import { ADULT_COMPANION } from './companions';
import { guestNameAt, readName } from './guest-name';

/**
 * What introduces the name a room goes under when several are asked for at once: "una a mi nombre
 * Sonia Pérez y la otra a nombre de mi hermana Clara Pérez", "uno se llama Pedro Alonso y el otro
 * Luis Navarro", "one under John Smith and the other under Mary Jones". Group 1 holds the cues after
 * which any case is a name; the others need capitals.
 */
const ROOM_NAME_CUE = new RegExp(
  `\\b(?:(a nombre de|al nombre de|a mi nombre|in the name of)|under(?: the name(?: of)?)?|se llama|(?:el|la) otr[oa]|the other(?: one)?)` +
    `\\s+(?:(?:de\\s+)?(?:mi|my|su|his|her)\\s+${ADULT_COMPANION}\\s*,?\\s+)?`,
  'g',
);

/**
 * The names of the rooms of one request, in the order said, when the message gives two or more
 * (each a given name and a surname); empty otherwise, and the message's one name is the booking's.
 */
export function extractRoomNames(text: string): Entity[] {
  const names: Entity[] = [];
  const cues = [...foldText(text).matchAll(ROOM_NAME_CUE)];
  for (const [i, cue] of cues.entries()) {
    // A name ends where the next room's cue starts ("Sonia Pérez y la otra…").
    const upTo = text.slice(0, cues[i + 1]?.index ?? text.length).replace(/\s+(?:y|e|and)\s*$/i, '');
    const words = readName(upTo, cue.index + cue[0].length, cue[1] === undefined);
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last || words.length < 2) continue;
    const name = guestNameAt(text, first.start, last.end);
    const said = (entity: Entity) => (entity.type === 'guest_name' ? entity.value.name : '');
    if (!names.some((named) => said(named) === said(name))) names.push(name);
  }
  return names.length > 1 ? names : [];
}
