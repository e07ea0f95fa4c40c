import type { Article, DispatchResult } from '../schema.js'
import { type Mismatch, diffFields } from './diff.js'
import { type ArticleReading, type ContributorReading, articleReading, foldForComparison as fold } from './reading.js'

/**
 * A hand-made expectation of one page, in the format of the evaluation gold: the articles as an
 * editor reads them off the text. Every article is listed; of each, only the fields written are
 * checked. Write it from the text, never from the parser's output.
 */
export interface PageExpectation {
  articles: ArticleExpectation[]
  /** Why the page reads so: free text, not checked. */
  notes?: string
}

export interface ArticleExpectation {
  column?: string | null
  kicker?: string | null
  title?: string | null
  subtitle?: string | null
  dateline?: string | null
  datelinePlace?: string | null
  /** The dateline's outlet, else the byline's. */
  outlet?: string | null
  /** The byline's and the credit lines' contributors, in order. */
  contributors?: ContributorReading[]
  /** How the first body paragraph starts. */
  firstParagraphStartsWith?: string | null
  /** Body paragraphs: subheads, captions and notes are not counted. */
  paragraphCount?: number
  /** The facts of the article, each list whole, each item checked on the fields written. */
  dates?: { text: string; start?: string | null; end?: string | null }[]
  figures?: { text: string; kind?: string; value?: number | null; unit?: string | null }[]
  people?: { name: string; titles?: string[] }[]
  quotes?: { startsWith: string; speaker?: string | null; kind?: string }[]
  notes?: string
}

type ReadingField = Exclude<keyof ArticleReading, 'firstParagraph'>
const READING_FIELDS: ReadingField[] = [
  'column',
  'kicker',
  'title',
  'subtitle',
  'dateline',
  'datelinePlace',
  'outlet',
  'contributors',
  'paragraphCount',
]

/** Text fields folded for comparison; absent fields stay absent. */
function folded<T extends Partial<ArticleReading>>(r: T): T {
  const out: Record<string, unknown> = { ...r }
  for (const key of ['column', 'kicker', 'title', 'subtitle', 'dateline', 'datelinePlace', 'outlet', 'firstParagraph'])
    if (key in r) out[key] = fold(r[key as keyof T] as string | null)
  // contributors compare as a set: the byline's and the credits' order is no reading
  if (r.contributors)
    out.contributors = r.contributors
      .map((c) => ({ name: fold(c.name), role: c.role }))
      .sort((a, b) => `${a.name}/${a.role}`.localeCompare(`${b.name}/${b.role}`))
  return out as T
}

/** Only the keys the expectation writes, from the actual value. */
const picked = <T extends object>(want: T, got: Record<string, unknown>): Partial<T> =>
  Object.fromEntries(Object.keys(want).map((k) => [k, got[k]])) as Partial<T>

/** A fact list checked whole: the same length, each item on the fields written. */
function factMismatches<T extends object>(path: string, want: T[], got: Record<string, unknown>[]): Mismatch[] {
  const out = diffFields(
    want,
    got.map((g, i) => (want[i] ? picked(want[i]!, g) : g)),
    path,
  )
  return out
}

/** The facts of a parsed article in the shape the expectation writes them. */
function factsOf(article: Article) {
  return {
    dates: article.dates.map((d) => ({ text: d.text, start: d.start, end: d.end })),
    figures: article.figures.map((f) => ({ text: f.text, kind: f.kind, value: f.value, unit: f.unit })),
    people: article.people.map((p) => ({ name: p.name, titles: p.titles })),
    quotes: article.quotes.map((q) => ({ startsWith: q.text, speaker: q.speaker, kind: q.kind })),
  }
}

/**
 * The fields where a result differs from a hand-made expectation, as paths like
 * `articles[2].title`. An empty list means the page reads as expected.
 *
 * @example
 * const page = '# 标题\n\n**东昌府讯** 正文。\n'
 * expectationMismatches({ articles: [{ title: '标题', datelinePlace: '东昌府' }] }, parseDispatch(page)) //=> []
 */
export function expectationMismatches(expected: PageExpectation, result: DispatchResult): Mismatch[] {
  const out: Mismatch[] = []
  if (expected.articles.length !== result.articles.length)
    out.push({
      path: 'articles.length',
      expected: expected.articles.length,
      actual: result.articles.length,
    })
  expected.articles.forEach((want, i) => {
    const article = result.articles[i]
    const at = `articles[${i}]`
    if (article === undefined) {
      out.push({ path: at, expected: want.title ?? want.firstParagraphStartsWith ?? '(an article)', actual: undefined })
      return
    }
    const reading = folded(articleReading(article))
    const wanted = folded(want)
    for (const field of READING_FIELDS)
      if (field in want) out.push(...diffFields(wanted[field], reading[field], `${at}.${field}`))
    const start = fold(want.firstParagraphStartsWith)
    const first = reading.firstParagraph ?? null
    if (want.firstParagraphStartsWith !== undefined && !(start === null ? first === null : first?.startsWith(start)))
      out.push({ path: `${at}.firstParagraphStartsWith`, expected: start, actual: first?.slice(0, 40) ?? null })
    const facts = factsOf(article)
    if (want.dates) out.push(...factMismatches(`${at}.dates`, want.dates, facts.dates))
    if (want.figures) out.push(...factMismatches(`${at}.figures`, want.figures, facts.figures))
    if (want.people) out.push(...factMismatches(`${at}.people`, want.people, facts.people))
    if (want.quotes) {
      // a quote is named by how it starts: the actual text is cut to the expected start's length
      const quotes = facts.quotes.map((q, j) => {
        const length = want.quotes![j]?.startsWith.length
        return length === undefined ? q : { ...q, startsWith: q.startsWith.slice(0, length) }
      })
      out.push(...factMismatches(`${at}.quotes`, want.quotes, quotes))
    }
  })
  return out
}
