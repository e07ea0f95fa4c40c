import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    testing: 'src/testing/index.ts',
    cli: 'src/cli/bin.ts',
    worker: 'src/cli/worker.ts',
  },
  format: ['esm'],
  target: 'node22',
  // chevrotain is an implementation detail: bundled (one file loads far faster than its many
  // modules) with its types inlined. zod stays external: it is a peer dependency.
  noExternal: ['chevrotain', /^@chevrotain\//, 'date-fns', /^date-fns\//],
  dts: { entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' }, resolve: ['chevrotain', /^@chevrotain\//] },
  sourcemap: true,
  clean: true,
  treeshake: true,
  // Chinese word tables as UTF-8 (3 bytes a character) rather than `\uXXXX` escapes (6)
  esbuildOptions(options) {
    options.charset = 'utf8'
  },
})
