import { AUDIT_KEY, AUDIT_MAX_EVENTS } from './lock-audit';

/**
 * What the lock service asks of the batched lock scripts (lock.scripts.ts), and how a batch of such
 * requests becomes one call's KEYS and ARGV: every request's resources in turn as KEYS (each key a
 * script touches is declared, as Redis asks), and per request its key count first in ARGV.
 */

/** The counter fencing numbers are drawn from; outside the `lock:` namespace so it is never a lock. */
const FENCING_KEY = 'lock-fencing';

export interface AcquireRequest {
  resources: string[];
  token: string;
  ttlMs: number;
  acquiredAt: number;
  owner: string;
  /** The audit entry up to its fencing number, which only the script knows. */
  auditHead: string;
}

export interface ReleaseRequest {
  resources: string[];
  token: string;
  /** The audit entry is `auditHead .. (released|not_owner) .. auditTail`. */
  auditHead: string;
  auditTail: string;
}

export interface ExtendRequest {
  resources: string[];
  token: string;
  ttlMs: number;
}

/** A script call: keys (without prefix) and arguments. */
export interface ScriptCall {
  keys: string[];
  args: Array<string | number>;
}

/** The acquire script call for a batch, in request order. */
export function acquireBatchCall(requests: AcquireRequest[]): ScriptCall {
  const keys: string[] = [];
  const args: Array<string | number> = ['}', AUDIT_MAX_EVENTS];
  for (const r of requests) {
    for (const resource of r.resources) keys.push(resource);
    args.push(r.resources.length, r.token, r.ttlMs, r.acquiredAt, r.owner, r.auditHead);
  }
  keys.push(FENCING_KEY, AUDIT_KEY);
  return { keys, args };
}

/** The release script call for a batch, in request order. */
export function releaseBatchCall(requests: ReleaseRequest[]): ScriptCall {
  const keys: string[] = [];
  const args: Array<string | number> = [AUDIT_MAX_EVENTS];
  for (const r of requests) {
    for (const resource of r.resources) keys.push(resource);
    args.push(r.resources.length, r.token, r.auditHead, r.auditTail);
  }
  keys.push(AUDIT_KEY);
  return { keys, args };
}

/** The extend script call for a batch, in request order. */
export function extendBatchCall(requests: ExtendRequest[]): ScriptCall {
  const keys: string[] = [];
  const args: Array<string | number> = [];
  for (const r of requests) {
    for (const resource of r.resources) keys.push(resource);
    args.push(r.resources.length, r.token, r.ttlMs);
  }
  return { keys, args };
}
