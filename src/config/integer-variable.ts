import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';

const DECIMAL_INTEGER = /^-?\d+$/;

/**
 * An integer environment variable within [min, max]. Only plain decimal digits count (no `1e3`,
 * `0x10` or `3000abc`); the one message names the variable, the range and the value given.
 */
export function IntegerVariable(min: number, max: number): PropertyDecorator {
  const parse = Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && DECIMAL_INTEGER.test(value.trim()) ? Number(value) : value,
  );
  const check = ValidateBy({
    name: 'integerVariable',
    validator: {
      validate: (value: unknown) =>
        Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max,
      defaultMessage: (args) =>
        `${args?.property} must be an integer from ${min} to ${max} (got ${JSON.stringify(args?.value)})`,
    },
  });
  return (target: object, property: string | symbol) => {
    parse(target, property);
    check(target, property);
  };
}
