import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

const TENANT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** A tenant id in a path: [a-z0-9_-], up to 64 characters. */
@Injectable()
export class TenantIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!TENANT_ID.test(value))
      throw new BadRequestException('A tenant id is 1–64 characters of [a-z0-9_-].');
    return value;
  }
}
