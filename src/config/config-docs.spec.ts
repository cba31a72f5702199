import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnvironmentVariables } from './environment.schema';
import { configVariableNames } from './load-config';

const ROOT = join(__dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const envExample = readFileSync(join(ROOT, '.env.example'), 'utf8');
const defaults = new EnvironmentVariables() as unknown as Record<string, string | number | undefined>;

/** The README's configuration table rows: `| \`NAME\` | default | meaning |`. */
function readmeRows(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const match of readme.matchAll(/^\|\s*`([A-Z0-9_]+)`\s*\|([^|]+)\|/gm))
    rows.set(match[1], match[2].trim());
  return rows;
}

describe('configuration documentation', () => {
  const names = configVariableNames();

  it('lists every schema variable, and no other, in the README table', () => {
    expect([...readmeRows().keys()].sort()).toEqual([...names].sort());
  });

  it('gives each variable its real default in the README table', () => {
    const rows = readmeRows();
    for (const name of names) {
      const documented = rows.get(name);
      const expected = defaults[name] === undefined ? /^(unset|bundled demo file)$/ : `\`${defaults[name]}\``;
      if (typeof expected === 'string') expect({ name, documented }).toEqual({ name, documented: expected });
      else expect({ name, documented }).toEqual({ name, documented: expect.stringMatching(expected) });
    }
  });

  it('lists every variable in .env.example with its default (or commented out when unset)', () => {
    for (const name of names) {
      const value = defaults[name];
      const line = value === undefined ? `# ${name}=` : `${name}=${value}`;
      expect({ name, present: envExample.split('\n').includes(line) }).toEqual({ name, present: true });
    }
  });
});
