/**
 * The layout's promises (../docs/style.md "The house"), checked by `npm run lint`.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const FEATURES = '^src/(gateway|orchestrator|nlp|pms|lock|session|tenants|health|metrics|admin|queue)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'common-and-config-import-no-feature',
      severity: 'error',
      comment: 'common/ and config/ are imported by anyone and import no feature module.',
      from: { path: '^src/(common|config)/' },
      to: { path: `${FEATURES}|^src/storage/` },
    },
    {
      name: 'storage-imports-no-feature',
      severity: 'error',
      from: { path: '^src/storage/' },
      to: { path: FEATURES },
    },
    {
      name: 'arrows-point-inward',
      severity: 'error',
      comment: 'gateway → orchestrator → {nlp, pms, lock, session, tenants} → storage; never back out.',
      from: { path: '^src/(nlp|pms|lock|session|tenants|queue|health|metrics)/' },
      to: { path: '^src/(gateway|orchestrator|admin)/' },
    },
    {
      name: 'orchestrator-does-not-import-gateway',
      severity: 'error',
      from: { path: '^src/orchestrator/' },
      to: { path: '^src/(gateway|admin)/' },
    },
    {
      name: 'nothing-imports-a-controller',
      severity: 'error',
      comment: 'Controllers are leaves: only their own module file registers them.',
      from: { pathNot: '\\.module\\.ts$' },
      to: { path: '\\.controller\\.ts$' },
    },
    {
      name: 'no-barrels',
      severity: 'error',
      comment: 'Import from the file that defines the thing, never from an index.ts.',
      from: { path: '^src/' },
      to: { path: '^src/.*/index\\.ts$' },
    },
    {
      name: 'no-shared-at-run-time',
      severity: 'error',
      comment: 'The project never reads ../shared.',
      from: {},
      to: { path: '(^|/)shared/' },
    },
    {
      name: 'src-does-not-import-tests',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^(test|bench)/|\\.spec\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
