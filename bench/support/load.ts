import autocannon from 'autocannon';

export interface LoadSettings {
  durationS: number;
  warmUpS: number;
  connections: number;
  pipelining: number;
}

export interface LoadRequest {
  url: string;
  method: 'GET' | 'POST';
  body?: unknown;
}

export interface Measurement {
  requestsPerS: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  result: autocannon.Result;
}

/** A warm-up run (discarded, so JIT and connection setup are out of the figures), then the measured run. */
export async function measure(request: LoadRequest, settings: LoadSettings): Promise<Measurement> {
  await assertAnswers2xx(request);
  await fire(request, settings.warmUpS, settings);
  const result = await fire(request, settings.durationS, settings);
  return {
    requestsPerS: result.requests.mean,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    result,
  };
}

function encode(request: LoadRequest): { headers: Record<string, string>; body?: string } {
  if (request.body === undefined) return { headers: {} };
  return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(request.body) };
}

function fire(request: LoadRequest, durationS: number, settings: LoadSettings): Promise<autocannon.Result> {
  return autocannon({
    url: request.url,
    method: request.method,
    ...encode(request),
    duration: durationS,
    connections: settings.connections,
    pipelining: settings.pipelining,
  });
}

/** One request first: a route answering 4xx would otherwise be measured as a fast error path. */
async function assertAnswers2xx(request: LoadRequest): Promise<void> {
  const response = await fetch(request.url, { method: request.method, ...encode(request) });
  if (response.ok) return;
  throw new Error(`${request.method} ${request.url} answered ${response.status}: ${await response.text()}`);
}
