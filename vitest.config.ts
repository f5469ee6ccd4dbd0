import { defineConfig } from 'vitest/config';

// Three kinds of test, run by one `vitest run`:
// - unit: pure code beside its source (packages/*/src, eval) — no database;
// - web: React components in jsdom;
// - integration: tests/ — a real Neo4j started once per run by globalSetup, files one at a time so each can
//   reset the database without disturbing another.
export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default'] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/eval/**/*.test.ts', 'packages/*/bench/**/*.test.ts'],
          exclude: ['packages/web/**', '**/node_modules/**'],
          // Extractor tests start a spaCy worker (model load ≈ 1–3 s, more on a loaded machine) in their set-up.
          hookTimeout: 120_000,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['packages/web/src/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.global.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
