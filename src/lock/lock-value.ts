/**
 * What a lock key holds: `<token> <fencing> <acquiredAtMs> <owner>`. The token (a UUID, 36 chars)
 * comes first so the Lua scripts can compare it with one string.sub; the owner comes last so it may
 * contain spaces.
 */
export interface LockHolder {
  token: string;
  fencing: number;
  acquiredAt: number;
  owner: string;
}

export const TOKEN_LENGTH = 36;

export function encodeLockValue(holder: LockHolder): string {
  return `${holder.token} ${holder.fencing} ${holder.acquiredAt} ${holder.owner}`;
}

export function decodeLockValue(value: string): LockHolder | null {
  const match = /^(\S{36}) (\d+) (\d+) (.*)$/s.exec(value);
  if (!match) return null;
  return { token: match[1], fencing: Number(match[2]), acquiredAt: Number(match[3]), owner: match[4] };
}
