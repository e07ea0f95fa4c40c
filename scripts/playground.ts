/**
 * npm run playground — builds the playground (playground/dist/app.js, one classic script, so
 * index.html also opens from a file:// URL with no server) and serves playground/ on
 * http://127.0.0.1:5173 (PORT to change it). `--build-only` stops after the build.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const dir = fileURLToPath(new URL('../playground/', import.meta.url))

/** Bundles the playground with the library (esbuild); returns the bundle's size. */
export async function buildPlayground(): Promise<number> {
  const result = await build({
    entryPoints: [join(dir, 'app.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    loader: { '.md': 'text', '.txt': 'text' },
    outfile: join(dir, 'dist/app.js'),
    metafile: true,
  })
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0)
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
}

/** Serves playground/ on the loopback only. */
export function servePlayground(port: number) {
  return createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    )
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path)
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  }).listen(port, '127.0.0.1')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = await buildPlayground()
  console.log(`built playground/dist/app.js (${(bytes / 1024).toFixed(0)} KB)`)
  if (!process.argv.includes('--build-only')) {
    const port = Number(process.env.PORT ?? 5173)
    servePlayground(port)
    console.log(`serving http://127.0.0.1:${port}/ (Ctrl-C stops)`)
  }
}
