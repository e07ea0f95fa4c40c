/**
 * Prints the reading of the bundled seed page (or of the file given) as an outline.
 * Usage: npm run demo [-- path/to/page.md]
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseDispatch } from '../src/index.js'

const path = process.argv[2] ?? fileURLToPath(new URL('../fixtures/seed/dongchangfu-2022-12-page.md', import.meta.url))
const result = parseDispatch(readFileSync(path, 'utf8'), { issueDate: '2022-12-22' })

for (const [index, article] of result.articles.entries()) {
  const { headline, dateline, byline } = article
  console.log(`${index + 1}. ${headline.title?.text ?? '(no title)'}`)
  if (article.column) console.log(`   column    ${article.column.text}`)
  if (headline.kicker) console.log(`   kicker    ${headline.kicker.text}`)
  if (headline.subtitle) console.log(`   subtitle  ${headline.subtitle.text}`)
  if (dateline) console.log(`   dateline  ${dateline.text}  (${dateline.kind}; place ${dateline.place ?? '—'}; outlet ${dateline.outlet ?? '—'})`)
  if (byline) {
    const people = byline.contributors.map((c) => `${c.name} ${c.role}`).join(', ')
    console.log(`   byline    ${byline.text}  (outlet ${byline.outlet ?? '—'}; ${people})`)
  }
  console.log(`   ${article.paragraphs.length} paragraphs, ${article.paragraphs.filter((p) => p.pieces.length > 1).length} joined across breaks`)
}
if (result.leftovers.length > 0) console.log(`leftovers: ${result.leftovers.map((t) => t.text).join(' | ')}`)
for (const d of result.diagnostics) console.log(`${d.severity.padEnd(7)} ${d.code}  ${d.message}`)
