/**
 * Prints the reading of the bundled seed page (or of the files given) as an outline.
 * Usage: npm run demo [-- [--paragraphs] path/to/page.md …]
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseDispatch, type Byline } from '../src/index.js'

const args = process.argv.slice(2)
const showParagraphs = args.includes('--paragraphs')
const paths = args.filter((a) => !a.startsWith('--'))
if (paths.length === 0)
  paths.push(fileURLToPath(new URL('../fixtures/seed/dongchangfu-2022-12-page.md', import.meta.url)))

const people = (b: Byline) =>
  `${b.text}  (outlet ${b.outlet ?? '—'}; ${b.contributors.map((c) => `${c.name} ${c.role}${c.roleText ? ` [${c.roleText}]` : ''}`).join(', ')})`

for (const path of paths) {
  if (paths.length > 1) console.log(`\n== ${path}`)
  const result = parseDispatch(readFileSync(path, 'utf8'), { issueDate: '2022-12-22' })
  for (const [index, article] of result.articles.entries()) {
    const { headline, dateline, byline } = article
    console.log(`${index + 1}. ${headline.title?.text ?? '(no title)'}`)
    if (article.column) console.log(`   column    ${article.column.text}`)
    if (headline.kicker) console.log(`   kicker    ${headline.kicker.text}`)
    if (headline.subtitle) console.log(`   subtitle  ${headline.subtitle.text}`)
    if (dateline) {
      const date = dateline.date ? `; date ${dateline.date.text}` : ''
      console.log(
        `   dateline  ${dateline.text}  (${dateline.kind}; place ${dateline.place ?? '—'}; outlet ${dateline.outlet ?? '—'}${date})`,
      )
    }
    if (byline) console.log(`   byline    ${people(byline)}`)
    for (const credit of article.credits) console.log(`   credit    ${people(credit)}`)
    const joined = article.paragraphs.filter((p) => p.pieces.length > 1).length
    const roles = article.paragraphs.filter((p) => p.role !== 'body').map((p) => p.role)
    console.log(
      `   ${article.paragraphs.length} paragraphs, ${joined} joined across breaks${roles.length ? `; ${roles.join(', ')}` : ''}`,
    )
    if (showParagraphs) {
      for (const p of article.paragraphs)
        console.log(
          `     [${p.role}${p.pieces.length > 1 ? ` ×${p.pieces.length}` : ''}] ${p.text.slice(0, 30)}…${p.text.slice(-8)}`,
        )
    }
  }
  if (result.leftovers.length > 0)
    console.log(`leftovers: ${result.leftovers.map((t) => t.text.slice(0, 40)).join(' | ')}`)
  for (const d of result.diagnostics) console.log(`${d.severity.padEnd(7)} ${d.code}  ${d.message}`)
}
