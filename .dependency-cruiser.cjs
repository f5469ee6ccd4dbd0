// Dependency rules of the house (`pnpm deps:check`, run by `pnpm ci`). Imports follow the data flow in
// /ARCHITECTURE.md: model ← extract ← ingest → graph → neo4j-local; api → graph (and ingest for its ingest mutation
// and the start command's seed); the page (packages/web/src) never imports server code. Only packages/graph speaks
// to Neo4j through neo4j-driver (neo4j-local uses it to wait until the server answers). No cycles anywhere.
//
// Each package rule lists what the package MAY import among the workspace packages; everything else is forbidden,
// so a new edge has to be argued for here, next to the architecture it changes.
//
// .dependency-cruiser-known-violations.json listed the edges that broke a rule when the rules came in; each was fixed at
// its cause (issue 13) and the file is empty, so every edge is checked. Never regenerate it to make a violation pass:
// fix the import, or change the rule here and say why.

/**
 * `from` may import only these packages (besides itself).
 * @param {string} name @param {string} from @param {string[]} allowed @param {string} comment
 */
const onlyInto = (name, from, allowed, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: `^packages/${from}/` },
  to: { path: '^packages/[^/]+/', pathNot: `^packages/(${[from, ...allowed].join('|')})/` },
});

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle makes two modules one: neither can be understood, tested or moved without the other.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    onlyInto(
      'model-imports-no-package',
      'model',
      [],
      'model is the shared vocabulary (kinds, ids, dates): it depends on no other package.',
    ),
    onlyInto(
      'extract-imports-only-model',
      'extract',
      ['model'],
      'extract is text → Extraction: pure, no database, no pipeline.',
    ),
    onlyInto(
      'ingest-imports-model-extract-graph',
      'ingest',
      ['model', 'extract', 'graph'],
      'ingest runs sources → extract → resolve → graph writers.',
    ),
    onlyInto(
      'graph-imports-model-neo4j-local',
      'graph',
      ['model', 'neo4j-local'],
      'graph speaks Cypher; with NEO4J_URI unset it starts the embedded Neo4j of neo4j-local.',
    ),
    onlyInto(
      'neo4j-local-imports-no-package',
      'neo4j-local',
      [],
      'neo4j-local provisions and runs a Neo4j server; it knows nothing of the product.',
    ),
    onlyInto(
      'api-imports-graph-model-ingest',
      'api',
      ['graph', 'model', 'ingest', 'web'],
      'api resolvers call graph readers; the ingestArticle/curation mutations and the start command (seed, re-extraction) ' +
        'run ingest; of web only the build state (next rule).',
    ),
    {
      name: 'api-imports-of-web-only-the-build-state',
      comment: 'The start command checks whether the page build is stale; the page itself is only served as files.',
      severity: 'error',
      from: { path: '^packages/api/' },
      to: { path: '^packages/web/', pathNot: '^packages/web/buildState\\.ts$' },
    },
    {
      name: 'page-imports-no-server-code',
      comment:
        'The page runs in the browser: it talks to the server over GraphQL only. No graph, ingest, api, extract or neo4j-local ' +
        'module, no neo4j-driver, no Node built-in. (Its tests, bench and e2e harness run in Node and are not the page.)',
      severity: 'error',
      from: { path: '^packages/web/src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: ['^packages/(graph|ingest|api|extract|neo4j-local)/', 'neo4j-driver'] },
    },
    {
      name: 'page-imports-no-node-builtins',
      comment: 'See page-imports-no-server-code.',
      severity: 'error',
      from: { path: '^packages/web/src/', pathNot: '\\.test\\.tsx?$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'only-graph-imports-the-neo4j-driver',
      comment:
        'Every Cypher statement and every driver setting lives in packages/graph. neo4j-local uses the driver to wait for the ' +
        'server it starts, and its own integration test to check the server it provisions.',
      severity: 'error',
      from: { pathNot: '^(packages/graph/src|packages/neo4j-local/src|tests/neo4j-local)/' },
      to: { path: '/neo4j-driver' },
    },
    {
      name: 'packages-meet-through-their-entry-points',
      comment: 'A package is used through its name (its index.ts), not by a relative path into its files.',
      severity: 'error',
      from: { path: '^packages/([^/]+)/' },
      to: { path: '^packages/', pathNot: '^packages/$1/', dependencyTypes: ['local'] },
    },
    {
      name: 'no-unresolvable-imports',
      comment: 'An import that resolves to nothing is a broken build waiting to happen.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules is not followed but stays visible (the neo4j-driver rule needs to see imports of it).
    exclude: { path: '(^|/)(dist|\\.data|\\.tools)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
