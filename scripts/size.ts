/** npm run size — the size of what the package ships, raw and gzipped. */
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const dir = new URL('../dist/', import.meta.url)
let raw = 0
let gzip = 0
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.js'))
  .sort()) {
  const bytes = readFileSync(new URL(name, dir))
  const zipped = gzipSync(bytes).length
  raw += bytes.length
  gzip += zipped
  console.log(
    `${name.padEnd(24)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB  ${(zipped / 1024).toFixed(1).padStart(7)} KB gzip`,
  )
}
console.log(
  `${'total'.padEnd(24)} ${(raw / 1024).toFixed(1).padStart(8)} KB  ${(gzip / 1024).toFixed(1).padStart(7)} KB gzip`,
)

// What a browser app pays for `import { parseDispatch } from 'baoxun'`: the main entry bundled
// with its dependencies (zod included) and minified.
const { build } = await import('esbuild')
const bundle = await build({
  stdin: {
    contents: "export { parseDispatch } from './dist/index.js'",
    resolveDir: new URL('..', import.meta.url).pathname,
  },
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  write: false,
})
const bytes = bundle.outputFiles[0]!.contents
console.log(
  `${'browser bundle (main)'.padEnd(24)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB  ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(7)} KB gzip`,
)
