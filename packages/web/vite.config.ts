import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// Two pages: the explorer at / and the offline GraphiQL IDE the API serves at GET /graphql.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        index: here('./index.html'),
        graphiql: here('./graphiql.html'),
      },
      // GraphiQL's dependencies carry React-compiler "use no memo" directives; dropping them is harmless.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // Dev server: pre-bundle only the explorer's dependencies; GraphiQL's worker imports break the optimizer.
  optimizeDeps: { entries: ['index.html'] },
  server: {
    proxy: { '/graphql': process.env.NEWSGRAPH_API ?? 'http://127.0.0.1:4000' },
  },
});
