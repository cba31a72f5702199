import { posix } from 'node:path';

export interface Instruction {
  keyword: string;
  /** The arguments as written (continuations joined), with build ARGs substituted. */
  args: string;
}

export interface Stage {
  /** The base image, ARGs substituted (`node:24-slim`), or an earlier stage's name. */
  from: string;
  name?: string;
  instructions: Instruction[];
}

export interface CopyInstruction {
  from?: string;
  sources: string[];
  destination: string;
  /** The WORKDIR the destination is relative to. */
  workdir: string;
}

/** Splits a Dockerfile into stages of instructions: comments dropped, `\` continuations joined. */
export function parseDockerfile(text: string): Stage[] {
  const logical = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, keyword, rest] = /^(\S+)\s*(.*)$/.exec(line) as RegExpExecArray;
    const upper = keyword.toUpperCase();
    const substituted = rest.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, a?: string, b?: string) => {
      const value = args.get((a ?? b) as string);
      return value ?? whole;
    });
    if (upper === 'ARG' && stages.length === 0) {
      const [name, value] = rest.split('=', 2);
      if (value !== undefined) args.set(name.trim(), value.trim());
      continue;
    }
    if (upper === 'FROM') {
      const [, image, name] = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(substituted) ?? [];
      stages.push({ from: image, name, instructions: [] });
      continue;
    }
    if (stages.length === 0) throw new Error(`instruction before FROM: ${line}`);
    stages[stages.length - 1].instructions.push({ keyword: upper, args: substituted });
  }
  return stages;
}

/** The words of a shell-form or exec-form (JSON array) argument list. */
export function commandWords(args: string): string[] {
  if (args.startsWith('[')) return JSON.parse(args) as string[];
  return args.split(/\s+/);
}

/** The COPY/ADD instructions of a stage, each with the WORKDIR in force at that point. */
export function copiesOf(stage: Stage): CopyInstruction[] {
  let workdir = '/';
  const copies: CopyInstruction[] = [];
  for (const { keyword, args } of stage.instructions) {
    if (keyword === 'WORKDIR') workdir = posix.resolve(workdir, args);
    if (keyword !== 'COPY' && keyword !== 'ADD') continue;
    const words = commandWords(args);
    const flags = words.filter((word) => word.startsWith('--'));
    const paths = words.filter((word) => !word.startsWith('--'));
    const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length);
    copies.push({ from, sources: paths.slice(0, -1), destination: paths[paths.length - 1], workdir });
  }
  return copies;
}

/** The WORKDIR in force at the end of a stage. */
export function finalWorkdir(stage: Stage): string {
  return stage.instructions
    .filter((instruction) => instruction.keyword === 'WORKDIR')
    .reduce((workdir, instruction) => posix.resolve(workdir, instruction.args), '/');
}

/** Where a build-context path lands in the image when copied by `copy` (directory or file source). */
export function imagePathOf(copy: CopyInstruction, contextPath: string): string | undefined {
  const destination = posix.resolve(copy.workdir, copy.destination);
  for (const source of copy.sources) {
    const normalised = posix.normalize(source).replace(/\/+$/, '');
    if (normalised === '.' || contextPath.startsWith(`${normalised}/`)) {
      const below = normalised === '.' ? contextPath : contextPath.slice(normalised.length + 1);
      return posix.join(destination, below);
    }
    if (contextPath === normalised) {
      return copy.destination.endsWith('/') || copy.sources.length > 1
        ? posix.join(destination, posix.basename(normalised))
        : destination;
    }
  }
  return undefined;
}
