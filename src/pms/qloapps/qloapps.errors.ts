export interface QloAppsErrorEntry {
  code: number | undefined;
  message: string;
}

/**
 * A 400 with QloApps' error list (`{"errors":[{code,message}]}`). It never leaves the adapter, which
 * turns it into a PmsRejectedError. The `code` is QloApps' own, not an HTTP status: every `bookings`
 * validation failure is code 404.
 */
export class QloAppsError extends Error {
  constructor(
    readonly status: number,
    readonly errors: QloAppsErrorEntry[],
    readonly resource: string,
  ) {
    super(`QloApps rejected ${resource} (HTTP ${status}): ${describeErrors(errors)}`);
    this.name = 'QloAppsError';
  }

  hasError(code: number, message: RegExp): boolean {
    return this.errors.some((error) => error.code === code && message.test(error.message));
  }
}

export function describeErrors(errors: QloAppsErrorEntry[]): string {
  return errors.map((error) => `[${error.code ?? '?'}] ${error.message}`).join('; ') || 'no details';
}
