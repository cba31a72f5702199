import { ValidationPipe } from '@nestjs/common';
import { RequestValidationError } from './request-validation.error';

/** DTO validation at the edge: unknown fields rejected, values converted, errors listed per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => RequestValidationError.fromValidationErrors(errors),
  });
}
