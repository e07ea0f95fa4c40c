/**
 * Writes the golden `.json` for the fixture inputs named. Read every field of the result
 * before you keep it: a golden is the specification, not a snapshot.
 * Usage: npm run golden -- fixtures/seed/dongchangfu-2022-12-page.md
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { parseDispatch } from '../src/index.js'

const paths = process.argv.slice(2)
if (paths.length === 0) {
  console.error('usage: npm run golden -- <fixture input>...')
  process.exit(2)
}
for (const path of paths) {
  const stem = path.replace(/\.(md|txt)$/, '')
  const optionsPath = `${stem}.options.json`
  const options = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {}
  const result = parseDispatch(readFileSync(path, 'utf8'), options)
  writeFileSync(`${stem}.json`, `${JSON.stringify(result, null, 2)}\n`)
  console.log(`wrote ${stem}.json: ${result.articles.length} articles, ${result.diagnostics.length} diagnostics`)
}
