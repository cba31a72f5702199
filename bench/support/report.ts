import type { Measurement } from './load';

export type RouteKind = 'GET' | 'POST';

export interface Row {
  target: 'bare fastify' | 'app';
  route: string;
  kind: RouteKind;
  measurement: Measurement;
}

/** The app's req/s over the bare Fastify req/s for the same kind of route; undefined on the baseline. */
export function ratioToBare(row: Row, rows: Row[]): number | undefined {
  if (row.target === 'bare fastify') return undefined;
  const bare = rows.find((r) => r.target === 'bare fastify' && r.kind === row.kind);
  return bare ? row.measurement.requestsPerS / bare.measurement.requestsPerS : undefined;
}

export function formatTable(rows: Row[]): string {
  const lines = [
    '| target | route | req/s | p50 ms | p99 ms | vs bare |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const { requestsPerS, p50Ms, p99Ms } = row.measurement;
    const ratio = ratioToBare(row, rows);
    const vsBare = ratio === undefined ? 'baseline' : `${ratio.toFixed(2)}×`;
    lines.push(
      `| ${row.target} | ${row.route} | ${Math.round(requestsPerS)} | ${formatMs(p50Ms)} | ${formatMs(p99Ms)} | ${vsBare} |`,
    );
  }
  return lines.join('\n');
}

/** autocannon's latency histogram counts whole milliseconds, so 0 means under one. */
function formatMs(ms: number): string {
  return ms < 1 ? '<1' : String(ms);
}

/** Rows whose measured run had non-2xx answers or socket errors: their figures are not comparable. */
export function findSuspectRows(rows: Row[]): string[] {
  return rows
    .filter((r) => r.measurement.non2xx > 0 || r.measurement.errors > 0)
    .map((r) => `${r.target} ${r.route}: ${r.measurement.non2xx} non-2xx, ${r.measurement.errors} errors`);
}
