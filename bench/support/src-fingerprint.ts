import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * A short hash of src/ as measured: the uncommitted diff and the untracked files' contents. Two runs
 * on one commit with different work in progress (the working tree is shared) get different prints,
 * so their figures are not compared as if they measured the same code.
 */
export function srcFingerprint(): string {
  try {
    const git = (...args: string[]): string => execFileSync('git', args, { encoding: 'utf8' });
    const hash = createHash('sha256')
      .update(git('rev-parse', 'HEAD'))
      .update(git('diff', 'HEAD', '--', 'src'));
    const untracked = git('ls-files', '--others', '--exclude-standard', '--', 'src')
      .split('\n')
      .filter(Boolean);
    for (const file of untracked.sort()) hash.update(file).update(readFileSync(file));
    return hash.digest('hex').slice(0, 12);
  } catch {
    return 'unknown';
  }
}
