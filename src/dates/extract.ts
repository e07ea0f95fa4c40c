import { defaultLexicon } from '../lexicon.js'
import { normalize, toInputEnd, toInputOffset } from '../normalize.js'
import type { DateMention } from '../schema.js'
import { formatMoment, parseDay } from './calendar.js'
import { type DateContext, DateReader, type DateResult, type DateRules } from './engine.js'
import { defaultDateRules } from './rules.js'

export interface ExtractDatesOptions {
  /** The paper's issue date, `YYYY-MM-DD`: what a dateline's own date resolves against. */
  issueDate?: string | null
  /**
   * The date relative words count from (`今天`, `明年`, weekdays, bare days), `YYYY-MM-DD`: the
   * dispatch's date from its dateline. Defaults to the issue date; a dateline in the text
   * (`新华社北京11月3日电`) sets it for what follows.
   */
  referenceDate?: string | null
  /** Date rules other than the built-in ones (see `defaultDateRules`). */
  rules?: DateRules
}

let defaultReader: DateReader | null = null
const readers = new WeakMap<DateRules, DateReader>()

/** The reader for a set of rules, built once. */
export function readerFor(rules?: DateRules): DateReader {
  if (rules === undefined) {
    defaultReader ??= new DateReader(defaultDateRules())
    return defaultReader
  }
  let reader = readers.get(rules)
  if (reader === undefined) {
    reader = new DateReader(rules)
    readers.set(rules, reader)
  }
  return reader
}

/**
 * Finds every date and time expression in a text and resolves it against the issue date (or the
 * dispatch's date): `12月21日`, `18日`, `今年以来`, `截至11月底`, `上周五`, `春节`, `农历闰四月`,
 * `下午五点一刻到六点`, `2016-2018` … Numbers that only look like dates (`20.4%`, `30人`, scores,
 * phone numbers) give nothing. Without an issue date, what depends on it keeps `start`/`end` null
 * and `stated` says what the text gives. Nothing reads the clock, and no result depends on the
 * machine's time zone. An `issueDate` that is no real date is a `TypeError`.
 *
 * @example
 * extractDates('截至11月底,96个项目开工率达100%', { issueDate: '2022-12-22' })
 * //=> [{ text: '截至11月底', span: { start: 0, end: 6 }, start: null, end: '2022-11-30', precision: 'xun', relative: true, vague: false, stated: { month: 11 } }]
 */
export function extractDates(text: string, options: ExtractDatesOptions = {}): DateMention[] {
  if (typeof text !== 'string')
    throw new TypeError(`extractDates expects a string, got ${text === null ? 'null' : typeof text}`)
  const issue = options.issueDate ? parseDay(options.issueDate, 'issueDate') : null
  const reference = options.referenceDate ? parseDay(options.referenceDate, 'referenceDate') : issue
  const normalized = normalize(text)
  // Traditional forms fold to Simplified, one unit for one: `12月21號` reads as `12月21号`
  const folded = defaultLexicon().fold(normalized.text)
  const ctx: DateContext = { issue, reference, previous: null }
  return readerFor(options.rules)
    .read(folded, ctx)
    .map((result) => {
      // the normalised view drops CRs: a binary search over its drops maps offsets back
      const start = toInputOffset(normalized, result.index)
      const end = toInputEnd(normalized, result.index + result.length)
      return toMention(text.slice(start, end), { start, end }, result)
    })
}

/** A mention in the public shape. */
export function toMention(text: string, span: { start: number; end: number }, result: DateResult): DateMention {
  const { start, end, timed, precision, relative, vague, stated } = result.value
  return {
    text,
    span,
    start: start === null ? null : formatMoment(start, timed),
    end: end === null ? null : formatMoment(end, timed),
    precision,
    relative,
    vague,
    stated,
  }
}
