import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { JWTPayload } from 'jose';
import { AdminForbiddenError, AdminNotConfiguredError, AdminUnauthorizedError } from './admin-auth.errors';
import { AdminTokenVerifier } from './admin-token.verifier';

export const ADMIN_PATH_PREFIX = '/admin';

/**
 * Global guard keyed on the route pattern: every route under /admin needs an operator token, so a
 * new admin route cannot forget its protection (test/e2e/route-security enumerates them).
 */
@Injectable()
export class AdminAuthGuard implements CanActivate {
  constructor(private readonly verifier: AdminTokenVerifier) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const route = request.routeOptions.url ?? request.url;
    if (route !== ADMIN_PATH_PREFIX && !route.startsWith(`${ADMIN_PATH_PREFIX}/`)) return true;
    if (!this.verifier.isConfigured) throw new AdminNotConfiguredError();
    const payload = await this.verifier.verify(bearerToken(request));
    if (!hasAdminRole(payload)) throw new AdminForbiddenError();
    return true;
  }
}

function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match)
    throw new AdminUnauthorizedError('Send an operator token: Authorization: Bearer <JWT>.', Boolean(header));
  return match[1];
}

function hasAdminRole(payload: JWTPayload): boolean {
  const role = payload.role;
  return role === 'admin' || (Array.isArray(role) && role.includes('admin'));
}
