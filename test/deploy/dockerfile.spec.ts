import { posix } from 'node:path';
import { BUNDLED_TENANTS_FILE } from '../../src/config/app-config';
import { EnvironmentVariables } from '../../src/config/environment.schema';
import { LANGUAGES } from '../../src/nlp/nlp.types';
import { commandWords, copiesOf, finalWorkdir, imagePathOf, parseDockerfile } from './dockerfile';
import { globToRegExp, parseDockerIgnore } from './glob';
import { asRecord, exists, filesUnder, readText, scalar, toRepoRelative } from './repo-files';

const stages = parseDockerfile(readText('Dockerfile'));
const runtime = stages[stages.length - 1];
const dockerIgnore = parseDockerIgnore(exists('.dockerignore') ? readText('.dockerignore') : '');
const defaults = new EnvironmentVariables();

function lastArgs(keyword: string): string | undefined {
  return runtime.instructions.filter((instruction) => instruction.keyword === keyword).pop()?.args;
}

/** Context copies (no `--from`) of every stage. */
const contextCopies = stages.flatMap((stage) =>
  copiesOf(stage)
    .filter((copy) => copy.from === undefined)
    .map((copy) => ({ stage, copy })),
);

/** The stage named `name`, or a failed expectation. */
function stageNamed(name: string) {
  const stage = stages.find((candidate) => candidate.name === name);
  if (!stage) throw new Error(`no stage named ${name}`);
  return stage;
}

/**
 * Where `dist/<path>` of the build stage lands in the runtime image: follows the runtime stage's
 * `COPY --from=<builder> <workdir>/dist ...`.
 */
function runtimePathOfBuilt(distPath: string): string | undefined {
  for (const copy of copiesOf(runtime).filter((c) => c.from !== undefined)) {
    const builder = stageNamed(copy.from as string);
    const builtAt = posix.join(finalWorkdir(builder), distPath);
    const resolved = {
      ...copy,
      sources: copy.sources.map((source) => posix.resolve(finalWorkdir(builder), source)),
    };
    const landed = imagePathOf(resolved, builtAt);
    if (landed !== undefined) return landed;
  }
  return undefined;
}

describe('Dockerfile', () => {
  it('is multi-stage', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
  });

  it('bases every stage on the node 24 (LTS) slim image (or an earlier stage)', () => {
    const names = new Set<string>();
    for (const stage of stages) {
      if (!names.has(stage.from))
        expect(stage.from).toMatch(/^node:24(?:\.\d+){0,2}-(?:[a-z]+-)?slim(?:@sha256:[0-9a-f]{64})?$/);
      if (stage.name) names.add(stage.name);
    }
  });

  it('runs the final stage as a numeric non-root user (so runAsNonRoot can verify it)', () => {
    const user = lastArgs('USER');
    expect(user).toBeDefined();
    const [uid] = (user as string).split(':');
    expect(uid).toMatch(/^\d+$/);
    expect(Number(uid)).toBeGreaterThan(0);
  });

  it('health-checks /health/live', () => {
    expect(lastArgs('HEALTHCHECK')).toMatch(/\/health\/live\b/);
  });

  it('exposes the default PORT', () => {
    expect(lastArgs('EXPOSE')?.split(/\s+/)).toContain(String(defaults.PORT));
  });

  it('starts dist/main.js with node directly, from the WORKDIR that holds dist', () => {
    const command = [
      ...commandWords(lastArgs('ENTRYPOINT') ?? '[]'),
      ...commandWords(lastArgs('CMD') ?? '[]'),
    ];
    expect(command[0]).toBe('node');
    const main = command.find((word) => word.endsWith('dist/main.js')) as string;
    expect(main).toBeDefined();
    expect(runtimePathOfBuilt('dist/main.js')).toBe(posix.resolve(finalWorkdir(runtime), main));
  });

  it("runs node with the flags of package.json's start script", () => {
    const command = [
      ...commandWords(lastArgs('ENTRYPOINT') ?? '[]'),
      ...commandWords(lastArgs('CMD') ?? '[]'),
    ];
    const pkg = JSON.parse(readText('package.json')) as { scripts: Record<string, string> };
    const flags = (script: string) => script.split(/\s+/).filter((word) => word.startsWith('--'));
    expect(command.filter((word) => word.startsWith('--'))).toEqual(flags(pkg.scripts.start));
    expect(flags(pkg.scripts['start:prod'])).toEqual(flags(pkg.scripts.start));
  });

  it('copies from the build context only files that exist and that .dockerignore lets through', () => {
    expect(contextCopies.length).toBeGreaterThan(0);
    for (const { copy } of contextCopies) {
      for (const source of copy.sources) {
        expect({ source, exists: exists(source) }).toEqual({ source, exists: true });
        const ignored = filesUnder(source).filter((file) => dockerIgnore.excludes(file));
        expect({ source, ignored }).toEqual({ source, ignored: [] });
      }
    }
  });

  it('builds with the nest-cli configuration, so the NLP corpus assets are copied to dist', () => {
    const builder = stages.find((stage) =>
      stage.instructions.some((i) => i.keyword === 'RUN' && /\b(npm run build|nest build)\b/.test(i.args)),
    );
    expect(builder).toBeDefined();
    const copied = copiesOf(builder as (typeof stages)[number]).flatMap((copy) => copy.sources);
    for (const needed of [
      'nest-cli.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'src',
      'package-lock.json',
    ])
      expect(copied).toContain(needed);
  });

  it.each(LANGUAGES)('ships the %s corpus the classifier reads at run time', (language) => {
    // The classifier reads <dist>/nlp/corpus/<lang>.json (CORPUS_DIR = __dirname/corpus); nest build
    // puts it there only when an asset pattern of nest-cli.json matches it.
    const nestCli = JSON.parse(readText('nest-cli.json')) as Record<string, unknown>;
    const sourceRoot = scalar(nestCli.sourceRoot, 'src');
    const options = asRecord(nestCli.compilerOptions, 'compilerOptions');
    const assets = (options.assets ?? []) as (
      string | { include: string; outDir?: string; exclude?: string }
    )[];
    const file = `nlp/corpus/${language}.json`;
    expect(exists(`${sourceRoot}/${file}`)).toBe(true);
    const matching = assets
      .map((asset) => (typeof asset === 'string' ? { include: asset } : asset))
      .filter((asset) => globToRegExp(asset.include).test(file))
      .filter((asset) => !asset.exclude || !globToRegExp(asset.exclude).test(file));
    expect(matching.map((asset) => asset.outDir ?? 'dist')).toContain('dist');
    expect(runtimePathOfBuilt(`dist/${file}`)).toBeDefined();
  });

  it('ships the bundled demo tenants where dist/config resolves them at run time', () => {
    // BUNDLED_TENANTS_FILE is resolved from src/config here and from dist/config in the image, which
    // sit at the same depth: the repo-relative path is the path below the image's WORKDIR.
    const tenants = toRepoRelative(BUNDLED_TENANTS_FILE);
    expect(exists(tenants)).toBe(true);
    expect(runtimePathOfBuilt('dist/config/app-config.js')).toBe(
      posix.join(finalWorkdir(runtime), 'dist/config/app-config.js'),
    );
    const landed = copiesOf(runtime)
      .filter((copy) => copy.from === undefined)
      .map((copy) => imagePathOf(copy, tenants))
      .find((path) => path !== undefined);
    expect(landed).toBe(posix.join(finalWorkdir(runtime), tenants));
    expect(dockerIgnore.excludes(tenants)).toBe(false);
  });

  it('installs production dependencies only in the runtime image', () => {
    const deps = copiesOf(runtime).find((copy) => copy.sources.some((s) => s.endsWith('node_modules')));
    expect(deps?.from).toBeDefined();
    const depsStage = stageNamed(deps?.from as string);
    const install = depsStage.instructions.find((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args));
    expect(install?.args).toMatch(/--omit=dev\b/);
  });
});
