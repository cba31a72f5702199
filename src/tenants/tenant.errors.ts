import { AppError } from '../common/errors/app-error';

export class TenantNotFoundError extends AppError {
  readonly code = 'tenant-not-found';
  readonly httpStatus = 404;

  constructor(readonly tenantId: string) {
    super(`No tenant with id ${tenantId}.`);
  }
}
