import { execFileSync } from 'node:child_process';

/** The commit measured, flagged when src/ holds uncommitted work (the figures are then not that commit's). */
export function describeSource(): string {
  try {
    const git = (...args: string[]): string => execFileSync('git', args, { encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'src') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted src changes' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
