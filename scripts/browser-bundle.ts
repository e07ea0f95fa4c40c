/**
 * What a browser app pays for `import { parseDispatch } from 'baoxun'`: the built main entry
 * (`dist/index.js`) bundled with its dependencies (zod included) and minified by esbuild with its
 * defaults (Chinese text as `\uXXXX` escapes; Vite 4 and later keep it as UTF-8, which is smaller).
 * `npm run size` prints it; a test holds it under a budget.
 */
import { build } from 'esbuild'

export async function browserBundle(charset: 'ascii' | 'utf8' = 'ascii'): Promise<Uint8Array> {
  const bundle = await build({
    stdin: {
      contents: "export { parseDispatch } from './dist/index.js'",
      resolveDir: new URL('..', import.meta.url).pathname,
    },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    charset,
    write: false,
  })
  return bundle.outputFiles[0]!.contents
}
