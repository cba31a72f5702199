import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems } from '../common/http/api-problems.decorator';
import { RequestValidationError } from '../common/http/request-validation.error';
import { DynamicTenants, TenantConflictError } from '../tenants/dynamic-tenants';
import type { Tenant } from '../tenants/tenant';
import { TenantRegistry } from '../tenants/tenant-registry';
import { tenantProblems } from '../tenants/tenant.schema';
import { keepRedactedSecrets, redactTenant } from '../tenants/tenant-secrets';
import { TenantIdPipe } from './tenant-id.pipe';

interface TenantSummary {
  id: string;
  name: string;
  source: 'dynamic' | 'static';
}

@ApiTags('admin')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404, 409, 503)
@Controller('admin/tenants')
export class TenantsController {
  constructor(
    private readonly registry: TenantRegistry,
    private readonly dynamic: DynamicTenants,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every tenant: dynamic (admin API) and static (TENANTS_FILE)' })
  async list(): Promise<TenantSummary[]> {
    const dynamic = await this.dynamic.list();
    const dynamicIds = new Set(dynamic.map((t) => t.id));
    const fromFile = this.registry.staticTenants().filter((t) => !dynamicIds.has(t.id));
    return [
      ...dynamic.map((t) => ({ id: t.id, name: t.name, source: 'dynamic' as const })),
      ...fromFile.map((t) => ({ id: t.id, name: t.name, source: 'static' as const })),
    ].sort((a, b) => a.id.localeCompare(b.id));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One tenant, credentials redacted' })
  @ApiOkResponse({ description: 'The tenant (shape of TENANTS_FILE entries)' })
  async get(@Param('id', TenantIdPipe) id: string): Promise<Tenant> {
    const tenant = await this.registry.get(id);
    if (!tenant) throw new NotFoundException(`No tenant with id ${id}.`);
    return redactTenant(tenant);
  }

  @Put(':id')
  @ApiOperation({
    summary: 'Create or replace a dynamic tenant (validated). "[redacted]" keeps a stored credential.',
  })
  @ApiBody({ description: 'A tenant, shaped like the entries of TENANTS_FILE', schema: { type: 'object' } })
  async put(@Param('id', TenantIdPipe) id: string, @Body() body: unknown): Promise<Tenant> {
    const current = await this.dynamic.get(id);
    const tenant = keepRedactedSecrets(body as Tenant, current);
    const problems = tenantProblems(tenant);
    if ((tenant as { id?: unknown }).id !== id) problems.push(`id: must equal the id in the path (${id})`);
    if (problems.length > 0) throw RequestValidationError.fromLines(problems);
    this.refuseStaticConflicts(tenant);
    await this.dynamic.save(tenant);
    return redactTenant(tenant);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a dynamic tenant (a static one with the same id becomes visible again)' })
  @ApiNoContentResponse()
  async remove(@Param('id', TenantIdPipe) id: string): Promise<void> {
    if (!(await this.dynamic.remove(id))) throw new NotFoundException(`No dynamic tenant with id ${id}.`);
  }

  /** A WhatsApp number or mailbox of another hotel in TENANTS_FILE would steal its guests. */
  private refuseStaticConflicts(tenant: Tenant): void {
    const numbers = new Set(tenant.channels.whatsapp?.phoneNumberIds ?? []);
    const address = tenant.channels.gmail?.address.toLowerCase();
    for (const other of this.registry.staticTenants()) {
      if (other.id === tenant.id) continue;
      const clash =
        (other.channels.whatsapp?.phoneNumberIds ?? []).some((n) => numbers.has(n)) ||
        (address !== undefined && other.channels.gmail?.address.toLowerCase() === address);
      if (clash)
        throw new TenantConflictError(
          `Tenant ${other.id} (TENANTS_FILE) already uses one of these channel addresses.`,
        );
    }
  }
}
