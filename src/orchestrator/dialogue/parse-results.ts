import type { Entity, InfoTopic, ParseResult } from '../../nlp/nlp.types';

/** The NLU's reading with one more entity (a tapped choice, a name typed alone). */
export function withEntity(nlu: ParseResult, entity: Entity): ParseResult {
  return { ...nlu, entities: [...nlu.entities, entity] };
}

/** Whether the message names `topic` ("factura": the invoice). */
export function namesTopic(nlu: ParseResult, topic: InfoTopic): boolean {
  return nlu.entities.some((entity) => entity.type === 'info_topic' && entity.value.topic === topic);
}
