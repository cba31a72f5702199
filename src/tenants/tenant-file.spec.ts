import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_TENANTS_FILE } from '../config/app-config';
import type { Tenant } from './tenant';
import { loadTenantFile, TenantFileError } from './tenant-file';

/** A tenant as its file holds it: plain data, for the tests to break. */
type TenantData<T = Tenant> = { -readonly [K in keyof T]: TenantData<T[K]> };

const demo = (): TenantData =>
  structuredClone(
    (JSON.parse(readFileSync(BUNDLED_TENANTS_FILE, 'utf8')) as { tenants: TenantData[] }).tenants[0],
  );

function problemsFor(content: unknown): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'tenants-')), 'tenants.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  try {
    loadTenantFile(file);
  } catch (error) {
    if (error instanceof TenantFileError) return error.problems;
    throw error;
  }
  throw new Error('expected the file to be rejected');
}

describe('loadTenantFile', () => {
  it('loads the bundled demo hotel', () => {
    const [tenant] = loadTenantFile(BUNDLED_TENANTS_FILE);
    expect(tenant).toMatchObject({
      id: 'demo',
      name: 'Hotel Demo',
      languages: ['es', 'en'],
      pms: { type: 'local' },
    });
    expect(tenant.roomTypes.map((room) => room.id)).toEqual(['single', 'double', 'superior', 'suite']);
  });

  it('rejects a file that is not JSON or not { "tenants": [...] }', () => {
    expect(problemsFor('{ nope')[0]).toMatch(/JSON/);
    expect(problemsFor({ hotels: [] })).toEqual(['expected { "tenants": [ ... ] }']);
    expect(() => loadTenantFile('/nonexistent/tenants.json')).toThrow(TenantFileError);
  });

  it('names the tenant and the field of each problem', () => {
    const broken = demo();
    broken.info.checkIn = '3pm';
    broken.timezone = 'Mars/Olympus';
    broken.roomTypes[2].rate = -5;
    delete (broken.roomTypes[1].name as Record<string, string>).en;
    const problems = problemsFor({ tenants: [broken] });
    expect(problems).toEqual(
      expect.arrayContaining([
        'tenant demo: info.checkIn: checkIn must be HH:MM',
        expect.stringMatching(/^tenant demo: timezone: /),
        expect.stringMatching(/^tenant demo: roomTypes\.2\.rate: /),
        'tenant demo: roomTypes.1.name: needs a "en" name',
      ]),
    );
  });

  it('takes only the known animals as the pets a hotel limits itself to', () => {
    const broken = demo();
    (broken.info.pets as { kinds: string[] }).kinds = ['dog', 'dragon'];
    expect(problemsFor({ tenants: [broken] })).toEqual([
      expect.stringMatching(
        /^tenant demo: info\.pets\.kinds: .*dog, cat, bird, rabbit, rodent, ferret, reptile/,
      ),
    ]);
    (broken.info.pets as { kinds: string[] }).kinds = [];
    expect(problemsFor({ tenants: [broken] })).toEqual([
      expect.stringMatching(/^tenant demo: info\.pets\.kinds: /),
    ]);
  });

  it('requires the QloApps connection for a qloapps tenant', () => {
    const hotel = { ...demo(), pms: { type: 'qloapps' } };
    const problems = problemsFor({ tenants: [hotel] });
    expect(problems.some((p) => p.startsWith('tenant demo: pms.baseUrl'))).toBe(true);
    expect(problems.some((p) => p.startsWith('tenant demo: pms.apiKey'))).toBe(true);
    expect(problems.some((p) => p.startsWith('tenant demo: pms.hotelId'))).toBe(true);
  });

  it('refuses two tenants sharing an id, a WhatsApp number or a mailbox', () => {
    const other = { ...demo(), id: 'other' };
    expect(problemsFor({ tenants: [demo(), other] })).toEqual([
      'tenant other: whatsapp phone_number_id 100000000000001 is already used by tenant demo',
      'tenant other: gmail address reservas@hoteldemo.example is already used by tenant demo',
    ]);
    expect(problemsFor({ tenants: [demo(), demo()] })[0]).toMatch(/id demo is already used/);
  });

  it('labels a tenant without a usable id by its position', () => {
    expect(problemsFor({ tenants: [{ name: 'x' }] })[0]).toMatch(/^tenant #0: /);
  });
});
