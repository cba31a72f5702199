import type { Entity, InfoTopic, ParseResult } from '../../nlp/nlp.types';

/** The NLU's reading with one more entity (a tapped choice, a name typed alone). */
export function withEntity(nlu: ParseResult, entity: Entity): ParseResult {
  return { ...nlu, entities: [...nlu.entities, entity] };
}

/** Whether the message names `topic` ("factura": the invoice). */
export function namesTopic(nlu: ParseResult, topic: InfoTopic): boolean {
  return nlu.entities.some((entity) => entity.type === 'info_topic' && entity.value.topic === topic);
}

/** What names a stay: "¿cuánto me sale una doble del 10 al 13 con desayuno?" prices the stay with it. */
const STAY_NAMED: ReadonlySet<Entity['type']> = new Set([
  'date_range',
  'date',
  'nights',
  'guests',
  'room_type',
]);

/**
 * Whether the message names a stay. The room being booked, named again ("what would the standard
 * cost with breakfast?" with the Standard offered, QA 29, M13), names none.
 */
export function namesAStay(entities: readonly Entity[], chosenRoom?: string): boolean {
  return entities.some(
    (entity) =>
      STAY_NAMED.has(entity.type) && !(entity.type === 'room_type' && entity.value.roomTypeId === chosenRoom),
  );
}
