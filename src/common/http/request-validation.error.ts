import { BadRequestException, type ValidationError } from '@nestjs/common';
import type { FieldProblem } from './problem-details';

/** A request body, query or path parameter that failed its DTO's validation. */
export class RequestValidationError extends BadRequestException {
  constructor(readonly fields: FieldProblem[]) {
    super(`Request validation failed: ${fields.map((f) => f.field).join(', ')}`);
  }

  static fromValidationErrors(errors: ValidationError[]): RequestValidationError {
    return new RequestValidationError(flatten(errors, ''));
  }

  /** From lines shaped `field.path: message`, grouped by field. */
  static fromLines(lines: string[]): RequestValidationError {
    const byField = new Map<string, string[]>();
    for (const line of lines) {
      const at = line.indexOf(': ');
      const field = at > 0 ? line.slice(0, at) : '';
      byField.set(field, [...(byField.get(field) ?? []), at > 0 ? line.slice(at + 2) : line]);
    }
    return new RequestValidationError([...byField].map(([field, messages]) => ({ field, messages })));
  }
}

function flatten(errors: ValidationError[], parent: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
