import type { Figure, Person, Quote } from '../../src/index.js'
import type { Library } from './library.js'
import { readJsonl } from './load.js'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { foldFactText as fold, overlaps, percent, ratio } from './text.js'

interface FigureCase {
  id: string
  text: string
  expression: string
  offset: number
  /** null: no figure may be read here. */
  expected: {
    kind: string
    value?: number | null
    min?: number | null
    max?: number | null
    unit: string | null
    approx?: string | null
  } | null
  /** Other readings the gold accepts, per field. */
  accept?: Partial<Record<'value' | 'min' | 'max' | 'unit' | 'approx', unknown[]>>
}
interface PeopleCase {
  id: string
  text: string
  expected: { name: string; titles: string[]; accept?: { name?: string[]; titles?: string[][] } }[]
}
interface QuoteCase {
  id: string
  text: string
  expected: {
    quote: string
    offset: number
    speaker: string | null
    kind: string
    accept?: { speaker?: (string | null)[]; kind?: string[] }
  }[]
}

export interface FiguresReport {
  cases: number
  /** How many read exactly; `exact` is the share, in %. */
  exactCount: number
  exact: number
  value: number
}
export interface PeopleReport {
  cases: number
  precision: number
  recall: number
  f1: number
  titles: number
}
export interface QuotesReport {
  quotes: number
  found: number
  speaker: number
  kind: number
  spurious: number
}
export interface FactsReport {
  figures: FiguresReport | null
  people: PeopleReport | null
  quotes: QuotesReport | null
  crashes: number
  misses: string[]
}

const near = (x: unknown, y: unknown): boolean =>
  typeof x === 'number' && typeof y === 'number' && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y))

/** Scores figures, people and quotes on the case files found in `dir` (a file that is absent is not scored). */
export function scoreFacts(lib: Library, dir: string): FactsReport {
  const misses: string[] = []
  let crashes = 0
  const call = <T>(fn: (text: string) => T[], text: string): T[] => {
    try {
      return fn(text) ?? []
    } catch {
      crashes++
      return []
    }
  }
  const load = <T>(name: string): T[] | null => (existsSync(join(dir, name)) ? readJsonl<T>(join(dir, name)) : null)

  const figureCases = load<FigureCase>('figures.jsonl')
  let figures: FiguresReport | null = null
  if (figureCases !== null) {
    let exact = 0
    let valueRight = 0
    for (const c of figureCases) {
      const hits = call<Figure>(lib.extractFigures, c.text).filter((f) =>
        overlaps(f.span, c.offset, c.offset + c.expression.length),
      )
      const { ok, value } = figureReadsRight(hits, c)
      if (ok) exact++
      if (value) valueRight++
      if (!ok)
        misses.push(
          `figure ${c.id} ${JSON.stringify(c.expression)}: want ${JSON.stringify(c.expected)}, got ${JSON.stringify(hits.map(({ kind, value, min, max, unit, approx }) => ({ kind, value, min, max, unit, approx })))}`,
        )
    }
    figures = {
      cases: figureCases.length,
      exactCount: exact,
      exact: percent(ratio(exact, figureCases.length)),
      value: percent(ratio(valueRight, figureCases.length)),
    }
  }

  const peopleCases = load<PeopleCase>('people.jsonl')
  let people: PeopleReport | null = null
  if (peopleCases !== null) {
    let tp = 0
    let fp = 0
    let fn = 0
    let titlesRight = 0
    for (const c of peopleCases) {
      const left = [...call<Person>(lib.extractPeople, c.text)]
      for (const e of c.expected) {
        const names = [e.name, ...(e.accept?.name ?? [])].map(fold)
        const k = left.findIndex((p) => names.includes(fold(p.name)))
        if (k < 0) {
          fn++
          misses.push(`person ${c.id}: missed ${e.name}`)
          continue
        }
        const [person] = left.splice(k, 1)
        tp++
        const titles = JSON.stringify(
          (person!.titles ?? []).map((t) => fold(typeof t === 'string' ? t : (t as { text: string }).text)),
        )
        const wanted = [e.titles, ...(e.accept?.titles ?? [])].map((ts) => JSON.stringify(ts.map(fold)))
        if (wanted.includes(titles)) titlesRight++
        else misses.push(`person ${c.id} ${e.name}: titles ${titles} want ${JSON.stringify(e.titles)}`)
      }
      fp += left.length
      for (const p of left) misses.push(`person ${c.id}: spurious ${p.name}`)
    }
    const P = ratio(tp, tp + fp)
    const R = ratio(tp, tp + fn)
    people = {
      cases: peopleCases.length,
      precision: percent(P),
      recall: percent(R),
      f1: percent(P + R === 0 ? 0 : (2 * P * R) / (P + R)),
      titles: percent(ratio(titlesRight, tp)),
    }
  }

  const quoteCases = load<QuoteCase>('quotes.jsonl')
  let quotes: QuotesReport | null = null
  if (quoteCases !== null) {
    let total = 0
    let found = 0
    let speakerRight = 0
    let kindRight = 0
    let spurious = 0
    for (const c of quoteCases) {
      const got = call<Quote>(lib.extractQuotes, c.text)
      const used = new Set<number>()
      for (const e of c.expected) {
        total++
        const k = got.findIndex((q, i) => !used.has(i) && overlaps(q.span, e.offset, e.offset + e.quote.length))
        if (k < 0) {
          misses.push(`quote ${c.id}: missed ${JSON.stringify(e.quote.slice(0, 20))}`)
          continue
        }
        used.add(k)
        found++
        const q = got[k]!
        const speaker = fold(speakerName(q.speaker))
        if ([e.speaker, ...(e.accept?.speaker ?? [])].map(fold).includes(speaker)) speakerRight++
        else misses.push(`quote ${c.id}: speaker ${speaker} want ${e.speaker}`)
        if (q.kind === e.kind || (e.accept?.kind ?? []).includes(q.kind)) kindRight++
        else misses.push(`quote ${c.id}: kind ${q.kind} want ${e.kind}`)
      }
      spurious += got.length - used.size
    }
    quotes = {
      quotes: total,
      found,
      speaker: percent(ratio(speakerRight, total)),
      kind: percent(ratio(kindRight, total)),
      spurious,
    }
  }
  return { figures, people, quotes, crashes, misses }
}

const speakerName = (speaker: unknown): string | null =>
  typeof speaker === 'string' ? speaker : ((speaker as { name?: string } | null)?.name ?? null)

/** Whether any figure over the expression reads as the gold says: exactly, and by value alone. */
function figureReadsRight(hits: Figure[], c: FigureCase): { ok: boolean; value: boolean } {
  const e = c.expected
  if (e === null) return { ok: hits.length === 0, value: hits.length === 0 }
  const accept = c.accept ?? {}
  const oneOf = (
    key: keyof NonNullable<FigureCase['accept']>,
    got: unknown,
    want: unknown,
    eq = (x: unknown, y: unknown) => x === y,
  ) => eq(got, want) || (accept[key] ?? []).some((w) => eq(got, w))
  let ok = false
  let value = false
  for (const f of hits) {
    const sameValue =
      e.value != null
        ? oneOf('value', f.value, e.value, near)
        : oneOf('min', f.min, e.min, near) && oneOf('max', f.max, e.max, near)
    value ||= sameValue
    ok ||=
      sameValue &&
      f.kind === e.kind &&
      oneOf('unit', fold(f.unit), fold(e.unit), (x, y) => x === fold(y)) &&
      oneOf('approx', f.approx ?? null, e.approx ?? null)
  }
  return { ok, value }
}
