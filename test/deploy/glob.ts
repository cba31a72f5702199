/**
 * Glob patterns as the tools that read our deploy files use them: `**` crosses directories, `*` and
 * `?` do not, `{a,b}` is an alternative (nest-cli assets). Anchored at both ends.
 */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let inBraces = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '*' && pattern[i + 1] === '*') {
      // `**/` matches zero or more directories; a trailing `**` matches everything below.
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      inBraces = true;
      source += '(?:';
    } else if (char === '}' && inBraces) {
      inBraces = false;
      source += ')';
    } else if (char === ',' && inBraces) source += '|';
    else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

export interface DockerIgnore {
  /** Whether the build context sent to the builder leaves this repo-relative file out. */
  excludes(path: string): boolean;
}

/**
 * .dockerignore semantics: patterns are relative to the context root, the last matching line wins,
 * `!` re-includes, and a pattern that matches a directory excludes everything below it.
 */
export function parseDockerIgnore(text: string): DockerIgnore {
  const rules = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!');
      const pattern = (negated ? line.slice(1) : line).replace(/^\/+/, '').replace(/\/+$/, '');
      return { negated, regex: globToRegExp(pattern) };
    });
  return {
    excludes(path: string): boolean {
      const segments = path.split('/');
      const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
      let excluded = false;
      for (const rule of rules) {
        if (candidates.some((candidate) => rule.regex.test(candidate))) excluded = !rule.negated;
      }
      return excluded;
    },
  };
}
