import type { DispatchResult } from '../../src/index.js'
import { brokenPromises } from '../../src/testing/promises.js'
import type { ArticleExpectation } from '../../src/testing/expectations.js'
import { type ArticleReading, articleReading } from '../../src/testing/reading.js'
import type { Library } from './library.js'
import { EvalInputError, listDir, pathIn, readJson, readText } from './load.js'
import { foldPageText as fold, percent, ratio } from './text.js'

/**
 * One article of a page's gold (`eval/sets/pages/SOURCES.md` describes the fields): the same
 * format as a hand-made expectation, with every field written.
 */
export type GoldArticle = Required<Omit<ArticleExpectation, 'dates' | 'figures' | 'people' | 'quotes' | 'notes'>>

export const PAGE_FIELDS = [
  'title',
  'kicker',
  'subtitle',
  'column',
  'dateline',
  'place',
  'outlet',
  'contributors',
  'firstParagraph',
  'paragraphCount',
] as const
export type PageField = (typeof PAGE_FIELDS)[number]

export interface PagesReport {
  files: number
  crashes: number
  contractFailures: number
  goldArticles: number
  parsedArticles: number
  matched: number
  /** Per field, the share of gold articles read right (an unmatched article scores 0), in %. */
  fields: Record<PageField, number>
  fieldAccuracy: number
  recall: number
  precision: number
  /** Per file: articles missed, and the fields read wrong in matched ones. */
  misses: string[]
}

/** A parsed article in the folded form the gold is compared in. */
interface Folded {
  title: string | null
  kicker: string | null
  subtitle: string | null
  column: string | null
  dateline: string | null
  place: string | null
  outlet: string | null
  contributors: string[]
  first: string
  paragraphs: number
}

const foldReading = (r: ArticleReading): Folded => ({
  title: fold(r.title),
  kicker: fold(r.kicker),
  subtitle: fold(r.subtitle),
  column: fold(r.column),
  dateline: fold(r.dateline),
  place: fold(r.datelinePlace),
  outlet: fold(r.outlet),
  contributors: r.contributors.map((c) => `${fold(c.name)}/${c.role}`),
  first: fold(r.firstParagraph) ?? '',
  paragraphs: r.paragraphCount,
})

/**
 * A dateline that embeds its reporter (`中央社記者X台北31日電`, `記者X／台北報導`) also matches
 * when read without the reporter, who is then a contributor.
 */
function sameDateline(got: string | null, gold: GoldArticle): boolean {
  const want = fold(gold.dateline)
  if (got === want || want === null || got === null) return got === want
  let bare = want
  for (const c of gold.contributors) bare = bare.replace(fold(c.name) ?? '\u0000', '')
  bare = bare.replace(/^(.*?)(?:特派)?[记記]者/, '$1').replace(/^[/／]/, '')
  return got === bare
}

/** F1 over name/role pairs; two empty lists agree. */
function pairF1(got: string[], want: string[]): number {
  if (got.length === 0 && want.length === 0) return 1
  const wanted = new Set(want)
  const hits = got.filter((x) => wanted.has(x)).length
  return hits === 0 ? 0 : (2 * hits) / (got.length + want.length)
}

/** Gold article i's parsed match: by title, then by the first paragraph's start, then by a title inside the other. */
function matchArticle(gold: GoldArticle, parsed: Folded[], used: Set<number>): number {
  const title = fold(gold.title)
  const first = fold(gold.firstParagraphStartsWith) ?? ''
  const free = (i: number) => !used.has(i)
  let k = parsed.findIndex((p, i) => free(i) && title !== null && p.title === title)
  if (k < 0) k = parsed.findIndex((p, i) => free(i) && first !== '' && p.first.startsWith(first.slice(0, 8)))
  if (k < 0)
    k = parsed.findIndex(
      (p, i) => free(i) && title !== null && p.title !== null && (p.title.includes(title) || title.includes(p.title)),
    )
  return k
}

/** The score of each field for one matched article: 1 or 0, contributors an F1. */
function fieldScores(p: Folded, g: GoldArticle): Record<PageField, number> {
  const first = fold(g.firstParagraphStartsWith) ?? ''
  return {
    title: Number(p.title === fold(g.title)),
    kicker: Number(p.kicker === fold(g.kicker)),
    subtitle: Number(p.subtitle === fold(g.subtitle)),
    column: Number(p.column === fold(g.column)),
    dateline: Number(sameDateline(p.dateline, g)),
    place: Number(p.place === fold(g.datelinePlace)),
    outlet: Number(p.outlet === fold(g.outlet)),
    contributors: pairF1(
      p.contributors,
      g.contributors.map((c) => `${fold(c.name)}/${c.role}`),
    ),
    firstParagraph: Number(first !== '' && p.first.startsWith(first)),
    paragraphCount: Number(p.paragraphs === g.paragraphCount),
  }
}

const shown = (p: Folded, field: PageField): unknown => {
  if (field === 'firstParagraph') return p.first.slice(0, 14)
  if (field === 'paragraphCount') return p.paragraphs
  return p[field]
}

function readGold(file: string): GoldArticle[] {
  const gold = readJson(file) as { articles?: unknown }
  if (!Array.isArray(gold?.articles)) throw new EvalInputError(file, 'has no "articles" array')
  return gold.articles as GoldArticle[]
}

/**
 * Scores the reading of every page under `dir/raw` against its gold in `dir/gold`: fields,
 * article recall and precision. `.sql`/`.json` wrappers are not scored: the library reads text.
 *
 * @example
 * const report = scorePages(await loadLibrary('source'), 'eval/sets/pages')
 * report.fieldAccuracy // e.g. 43.8
 */
export function scorePages(lib: Library, dir: string): PagesReport {
  const raws = listDir(pathIn(dir, 'raw'))
  const sums = Object.fromEntries(PAGE_FIELDS.map((f) => [f, 0])) as Record<PageField, number>
  let files = 0
  let crashes = 0
  let contractFailures = 0
  let goldArticles = 0
  let parsedArticles = 0
  let matched = 0
  const misses: string[] = []
  for (const goldFile of listDir(pathIn(dir, 'gold')).filter((f) => f.endsWith('.json'))) {
    const stem = goldFile.slice(0, -'.json'.length)
    const raw = raws.find((f) => f.startsWith(`${stem}.`))
    if (raw === undefined)
      throw new EvalInputError(pathIn(dir, 'gold', goldFile), `no page ${stem}.* in ${pathIn(dir, 'raw')}`)
    if (!/\.(md|txt)$/.test(raw)) continue
    const input = readText(pathIn(dir, 'raw', raw))
    const gold = readGold(pathIn(dir, 'gold', goldFile))
    files++
    goldArticles += gold.length
    let result: DispatchResult
    try {
      result = lib.parseDispatch(input)
    } catch (error) {
      crashes++
      misses.push(`${stem}: threw ${(error as Error).message}`)
      continue
    }
    if (brokenPromises(input, result).length > 0) contractFailures++
    const parsed = result.articles.map((a) => foldReading(articleReading(a)))
    parsedArticles += parsed.length
    const used = new Set<number>()
    for (const g of gold) {
      const k = matchArticle(g, parsed, used)
      const name = g.title ?? g.firstParagraphStartsWith
      if (k < 0) {
        misses.push(`${stem}: missed "${name}"`)
        continue
      }
      used.add(k)
      matched++
      const p = parsed[k]!
      const scores = fieldScores(p, g)
      for (const f of PAGE_FIELDS) sums[f] += scores[f]
      const wrong = PAGE_FIELDS.filter((f) => scores[f] !== 1)
      if (wrong.length > 0)
        misses.push(`${stem}: "${name}" wrong: ${wrong.map((f) => `${f}=${JSON.stringify(shown(p, f))}`).join(' ')}`)
    }
  }
  const fields = Object.fromEntries(PAGE_FIELDS.map((f) => [f, percent(ratio(sums[f], goldArticles))])) as Record<
    PageField,
    number
  >
  const mean = PAGE_FIELDS.reduce((s, f) => s + ratio(sums[f], goldArticles), 0) / PAGE_FIELDS.length
  return {
    files,
    crashes,
    contractFailures,
    goldArticles,
    parsedArticles,
    matched,
    fields,
    fieldAccuracy: percent(mean),
    recall: percent(ratio(matched, goldArticles)),
    precision: percent(ratio(matched, parsedArticles)),
    misses,
  }
}
