import type { Entity, ParseResult } from '../../nlp/nlp.types';

/** The NLU's reading with one more entity (a tapped choice, a name typed alone). */
export function withEntity(nlu: ParseResult, entity: Entity): ParseResult {
  return { ...nlu, entities: [...nlu.entities, entity] };
}
