/** npm run size — the size of what the package ships, raw and gzipped. */
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { browserBundle } from './browser-bundle.js'

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
    `${name.padEnd(28)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB  ${(zipped / 1024).toFixed(1).padStart(7)} KB gzip`,
  )
}
console.log(
  `${'total'.padEnd(28)} ${(raw / 1024).toFixed(1).padStart(8)} KB  ${(gzip / 1024).toFixed(1).padStart(7)} KB gzip`,
)

for (const charset of ['ascii', 'utf8'] as const) {
  const bytes = await browserBundle(charset)
  console.log(
    `${`browser bundle (main${charset === 'utf8' ? ', UTF-8' : ''})`.padEnd(28)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB  ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(7)} KB gzip`,
  )
}
