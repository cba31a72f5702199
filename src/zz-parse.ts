import { parseText } from './nlp/parse-text';
import { demoTenant } from '../test/support/turn-fixtures';
(async () => {
  for (const text of process.argv.slice(2)) {
    const r = await parseText({ text, tenantLanguages: ['es', 'en'], timezone: 'Europe/Madrid', roomTypes: demoTenant().roomTypes, nowMs: Date.now() } as never);
    console.log(text, '=>', JSON.stringify((r as any).entities.map((e: any) => [e.type, e.value, e.text])), (r as any).intent);
  }
  process.exit(0);
})();
