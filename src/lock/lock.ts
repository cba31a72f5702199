export interface Lock {
  resources: string[];
  token: string;
  /** Strictly increases for each resource from one holder to the next: pass it to fenced writes. */
  fencing: number;
  owner: string;
  ttlMs: number;
  /** When the lock expires unless extended (epoch ms); extend() moves it. */
  expiresAt: number;
  /** The request or job that took it (read from the acquire signal), for its log lines. */
  correlationId?: string;
}

export interface LockHolderView {
  resource: string;
  owner: string;
  fencing: number;
  acquiredAt: string;
  expiresInMs: number;
}

export interface AcquireOptions {
  ttlMs?: number;
  waitMs?: number;
  owner?: string;
  signal?: AbortSignal;
}
