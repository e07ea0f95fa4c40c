/**
 * npm run bench — baoxun against the baselines of DESIGN.md, in one run, on the seed page:
 * a bare charCodeAt scan (the floor) and markdown-it's md.parse (what a user would start from);
 * then the per-page cost at 1024 copies in one string, and cold start in fresh processes.
 * Runs the built bundle (dist/), as users get it.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as chrono from 'chrono-node'
import MarkdownIt from 'markdown-it'
import { compare, median } from './measure.js'

// the built bundle, as users get it (`npm run bench` builds it first); typed by the sources
const bundle = new URL('../dist/index.js', import.meta.url).href
const {
  createParser,
  DispatchResultSchema,
  extractDates,
  extractFigures,
  extractPeople,
  extractQuotes,
  parseDispatch,
} = (await import(bundle)) as typeof import('../src/index.js')

const pagePath = fileURLToPath(new URL('../fixtures/seed/dongchangfu-2022-12-page.md', import.meta.url))
const page = readFileSync(pagePath, 'utf8')
const bytes = Buffer.byteLength(page)
const md = new MarkdownIt()
// chrono takes a Date: the issue date's midnight in UTC
const chronoReference = new Date(Date.UTC(2022, 11, 22))

const scan = (): number => {
  let lines = 0
  for (let i = 0; i < page.length; i++) if (page.charCodeAt(i) === 10) lines++
  return lines
}

const result = parseDispatch(page, { issueDate: '2022-12-22' })
const NO_FACTS = { dates: false, figures: false, people: false, quotes: false }
const structure = parseDispatch(page, { issueDate: '2022-12-22', extract: NO_FACTS })
const rows = compare([
  ['bare charCodeAt scan (floor)', scan],
  ['markdown-it md.parse', () => md.parse(page, {})],
  [
    'baoxun parseDispatch, structure only (no facts)',
    () => parseDispatch(page, { issueDate: '2022-12-22', extract: NO_FACTS }),
  ],
  [
    'baoxun parseDispatch, full (dates, figures, people, quotes)',
    () => parseDispatch(page, { issueDate: '2022-12-22' }),
  ],
  ['  of which: zod validation of the result', () => DispatchResultSchema.safeParse(result)],
  ['  (zod validation of the structure-only result)', () => DispatchResultSchema.safeParse(structure)],
  ['  of which: dates (extractDates on the page)', () => extractDates(page, { issueDate: '2022-12-22' })],
  ['  chrono-node zh.parse on the page (what a user would pick)', () => chrono.zh.parse(page, chronoReference)],
  ['  of which: figures (extractFigures on the page)', () => extractFigures(page)],
  ['  of which: people (extractPeople on the page)', () => extractPeople(page)],
  ['  of which: quotes (extractQuotes on the page)', () => extractQuotes(page)],
  ['baoxun createParser (build, once)', () => createParser()],
])
const markdownIt = rows[1]![1]
const dates = rows[6]![1]
const chronoDates = rows[7]![1]
const ours = rows[2]![1]
const full = rows[3]![1]

console.log(`baoxun bench — Node ${process.version}, seed page ${bytes} bytes\n`)
console.log(`${'approach'.padEnd(58) + 'ms/page'.padStart(10) + 'MB/s'.padStart(9)}  vs markdown-it`)
for (const [name, ms] of rows) {
  console.log(
    name.padEnd(58) +
      ms.toFixed(4).padStart(10) +
      (bytes / 1e6 / (ms / 1000)).toFixed(0).padStart(9) +
      `  ${(ms / markdownIt).toFixed(2)}×`,
  )
}

const node = process.execPath
const script = (name: string) => fileURLToPath(new URL(name, import.meta.url))
const scale = JSON.parse(execFileSync(node, [script('scale.mjs'), pagePath, '1024'], { encoding: 'utf8' }))
const rss = JSON.parse(execFileSync(node, [script('scale.mjs'), pagePath, '1024', '--rss-only'], { encoding: 'utf8' }))
const cold = Array.from({ length: 7 }, () =>
  Number(execFileSync(node, [script('cold-start.mjs'), pagePath], { encoding: 'utf8' })),
)

console.log(
  `\nscale: 1024 copies in one string (${rss.megabytes.toFixed(1)} MB): ${scale.perPage.toFixed(4)} ms/page vs ${scale.single.toFixed(4)} for the page alone: ${(scale.perPage / scale.single).toFixed(2)}× (goal ≤ 1.3×)`,
)
console.log(`peak RSS reading those 1024 copies once: ${rss.maxRssMiB.toFixed(0)} MiB (goal < 200)`)
console.log(
  `cold start: import + build + first parse, median of 7 fresh processes: ${median(cold).toFixed(1)} ms (goal < 80)`,
)
console.log(
  `\nspeed goal: parseDispatch (structure) ${ours <= markdownIt ? 'meets' : 'misses'} markdown-it (${(ours / markdownIt).toFixed(2)}×); with every fact extractor ${(full / markdownIt).toFixed(2)}×`,
)
console.log(
  `dates goal: extractDates ${chronoDates >= 3 * dates ? 'meets' : 'misses'} 3× chrono-node's zh parser (${(chronoDates / dates).toFixed(2)}× faster)`,
)
// what a full parse costs before any fact is found: the structure, its validation swapped for the
// validation of the full result (the pipeline validates everything it returns)
const validateFull = rows[4]![1]
const validateStructure = rows[5]![1]
const floor = ours - validateStructure + validateFull
console.log(
  `a full parse with facts found for free would still take ${floor.toFixed(4)} ms (${(floor / markdownIt).toFixed(2)}× markdown-it): structure ${ours.toFixed(4)} − its validation ${validateStructure.toFixed(4)} + validation of the full result ${validateFull.toFixed(4)}`,
)
