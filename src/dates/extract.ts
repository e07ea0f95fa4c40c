import { parseISO } from 'date-fns/parseISO'
import { AFTER_DIGITS, dateExpression, readRule, type DateRule } from '../../grammar/dates.js'
import { findStarts } from '../facts/starts.js'
import { defaultLexicon } from '../lexicon.js'
import { charTable, codeAt } from '../char-table.js'
import { normalize } from '../normalize.js'
import type { DateMention } from '../schema.js'
import {
  formatBound,
  readParts,
  resolveAnchor,
  resolveLookback,
  resolveParts,
  resolveRelativeDay,
  resolveVague,
  segmentOfMonth,
  segmentOfYear,
  timeOfDay,
  withPeriod,
  type Resolution,
  type ResolveContext,
} from './resolve.js'

export interface ExtractDatesOptions {
  /** The paper's issue date, `YYYY-MM-DD`: what relative dates are resolved against. */
  issueDate?: string | null
}

/** A date mention before its span is placed in the input. */
export interface DateReading extends Omit<DateMention, 'span' | 'text'> {
  start: string | null
  index: number
  length: number
}

const expression = dateExpression()

let afterDigits: Uint8Array | null = null
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39

/**
 * Finds every date and time expression in a text and resolves it against the issue date:
 * `12月21日`, `18日`, `今年以来`, `截至11月底`, `前三季度`, `近日`, `晚18时` … Numbers that only look
 * like dates (`20.4%`, `30人`, `1094万元`, scores, phone numbers) give nothing. Without an issue
 * date, what depends on it keeps `start`/`end` null and `stated` says what the text gives.
 *
 * @example
 * extractDates('截至11月底,96个项目开工率达100%', { issueDate: '2022-12-22' })
 * //=> [{ text: '截至11月底', span: { start: 0, end: 6 }, start: null, end: '2022-11-30', precision: 'xun', relative: true, vague: false, stated: { month: 11 } }]
 */
export function extractDates(text: string, options: ExtractDatesOptions = {}): DateMention[] {
  if (typeof text !== 'string')
    throw new TypeError(`extractDates expects a string, got ${text === null ? 'null' : typeof text}`)
  const normalized = normalize(text)
  const issue = options.issueDate ? parseISO(options.issueDate) : null
  // the normalised view drops CRs; map offsets back through its drops
  // Traditional forms fold to Simplified, one unit for one: `12月21號` reads as `12月21号`
  return readDates(defaultLexicon().fold(normalized.text), { issue, previous: null }).map((reading) => {
    const start = mapOffset(normalized.drops, reading.index)
    const end = mapOffset(normalized.drops, reading.index + reading.length - 1) + 1
    return toMention(text.slice(start, end), { start, end }, reading)
  })
}

const mapOffset = (drops: Int32Array, offset: number): number => {
  let shift = 0
  while (shift < drops.length && drops[shift]! <= offset) shift++
  return offset + shift
}

/** A mention in the public shape. */
export function toMention(text: string, span: { start: number; end: number }, reading: DateReading): DateMention {
  const { start, end, precision, relative, vague, stated } = reading
  return { text, span, start, end, precision, relative, vague, stated }
}

/**
 * Reads the date mentions of a normalised text. `ctx.previous` carries the day of the last
 * mention, so `次日` in a later paragraph counts from it; it is updated as mentions are read.
 */
export function readDates(
  text: string,
  ctx: ResolveContext,
  starts: readonly number[] = findStarts(text).dates,
): DateReading[] {
  afterDigits ??= charTable(AFTER_DIGITS)
  const out: DateReading[] = []
  // the rules are tried only where a mention can start (`findStarts`: a start character followed
  // by another character of dates), and at a run of digits only when a unit or separator follows
  let resume = 0
  for (const at of starts) {
    if (at < resume) continue
    const code = text.charCodeAt(at)
    if (isDigit(code)) {
      if (at > 0 && isDigit(text.charCodeAt(at - 1))) continue
      let end = at
      while (isDigit(codeAt(text, end))) end++
      if (afterDigits[codeAt(text, end)] === 0) {
        resume = end
        continue
      }
    }
    expression.lastIndex = at
    const match = expression.exec(text)
    if (match === null) continue
    resume = at + match[0].length
    const reading = readMatch(match, ctx)
    if (reading !== null) out.push(reading)
  }
  return out
}

function readMatch(match: RegExpExecArray, ctx: ResolveContext): DateReading | null {
  const groups = match.groups!
  const rule = readRule(groups)
  const resolution = resolve(rule, match[0], ctx)
  if (resolution === null) return null
  if (
    resolution.start !== null &&
    (resolution.precision === 'day' || resolution.timed) &&
    rule !== 'lookback' &&
    rule !== 'since'
  ) {
    ctx.previous = new Date(resolution.start.getFullYear(), resolution.start.getMonth(), resolution.start.getDate())
  }
  return {
    index: match.index,
    length: match[0].length,
    start: formatBound(resolution.start, resolution.timed),
    end: formatBound(resolution.end, resolution.timed),
    precision: resolution.precision,
    relative: resolution.relative,
    vague: resolution.vague,
    stated: resolution.stated,
  }
}

function resolve(rule: DateRule, text: string, ctx: ResolveContext): Resolution | null {
  switch (rule) {
    case 'iso': {
      const [y, m, d] = text.split(/[-./]/).map(Number) as [number, number, number]
      return resolveParts({ year: y, month: m, day: d, length: text.length }, ctx)
    }
    case 'absolute': {
      const parts = readParts(text)
      return parts === null ? null : resolveParts(parts, ctx)
    }
    case 'anchor':
      return resolveAnchor(text, ctx)
    case 'relday':
      return resolveRelativeDay(text, ctx)
    case 'lookback':
      return resolveLookback(text, ctx)
    case 'vague':
      return resolveVague(text, ctx)
    case 'segment':
      return resolveSegment(text, ctx)
    case 'clock': {
      const parts = readParts(text)
      if (parts === null) return null
      const anchor = ctx.previous ?? ctx.issue
      const stated = { hour: parts.hour, ...(parts.minute !== undefined && { minute: parts.minute }) }
      if (anchor === null)
        return {
          start: null,
          end: null,
          precision: parts.minute !== undefined ? 'minute' : 'hour',
          relative: true,
          vague: false,
          timed: true,
          stated,
        }
      return withPeriod(timeOfDay(anchor, parts), true, false, stated)
    }
    case 'since': {
      const from = resolveStart(text.slice(0, -2), ctx)
      if (from === null) return null
      return withPeriod(
        { start: from.start, end: from.start === null ? null : ctx.issue, precision: 'day' },
        true,
        from.vague,
        from.stated,
      )
    }
    case 'until': {
      const what = text.replace(/^(?:截至|截止到?|到)/, '')
      const to = /^(?:目前|当前|现在|今天|今日)$/.test(what)
        ? {
            start: ctx.issue,
            end: ctx.issue,
            precision: 'day' as const,
            relative: true,
            vague: false,
            timed: false,
            stated: {},
          }
        : resolveStart(what, ctx)
      if (to === null) return null
      return withPeriod(
        { start: null, end: to.end, precision: to.precision, timed: to.timed },
        to.relative,
        to.vague,
        to.stated,
      )
    }
    case 'range':
      return resolveRange(text, ctx)
    case 'monthRange': {
      const [from, to] = text
        .replace(/月$/, '')
        .split(/-|—|~|至|到/)
        .map(Number) as [number, number]
      if (from > to || ctx.issue === null) {
        return from > to
          ? null
          : {
              start: null,
              end: null,
              precision: 'month',
              relative: true,
              vague: false,
              timed: false,
              stated: { month: to },
            }
      }
      let year = ctx.issue.getFullYear()
      if (to > ctx.issue.getMonth() + 1) year-- // `1-11月` read in March is last year's
      return {
        start: segmentOfMonth(year, from, undefined).start,
        end: segmentOfMonth(year, to, undefined).end,
        precision: 'month',
        relative: true,
        vague: false,
        timed: false,
        stated: {},
      }
    }
  }
}

/** What a `以来`/`截至` phrase counts from or to: a written date or an anchor. */
function resolveStart(text: string, ctx: ResolveContext): Resolution | null {
  const anchor = resolveAnchor(text, ctx)
  if (anchor !== null) return anchor
  if (/^(?:上半年|下半年|前.季度|第?.季度|首季度?|年初|年中|年底|年末|月初|月中|月底|月末|上旬|中旬|下旬)$/.test(text))
    return resolveSegment(text, ctx)
  const parts = readParts(text)
  return parts === null || parts.length !== text.length ? null : resolveParts(parts, ctx)
}

/** A segment standing alone (`年底`, `下旬`): of the issue year or month. */
function resolveSegment(text: string, ctx: ResolveContext): Resolution {
  const inMonth = /旬|月初|月中|月底|月末/.test(text)
  if (ctx.issue === null)
    return withPeriod(
      {
        start: null,
        end: null,
        precision: inMonth ? 'xun' : /半年/.test(text) ? 'half' : /季/.test(text) ? 'quarter' : 'month',
      },
      true,
      false,
      {},
    )
  const year = ctx.issue.getFullYear()
  return withPeriod(
    inMonth ? segmentOfMonth(year, ctx.issue.getMonth() + 1, text) : segmentOfYear(year, text),
    true,
    false,
    {},
  )
}

/** `6月10日至12日`, `1月至11月`: the end inherits what it leaves out from the start. */
function resolveRange(text: string, ctx: ResolveContext): Resolution | null {
  const from = readParts(text)
  if (from === null) return null
  const tail = readParts(
    text
      .slice(from.length + (/^(?:至|到|-|—|~)/.exec(text.slice(from.length))?.[0].length ?? 0))
      .replace(/^(\d{1,2})$/, '$1月'),
  )
  if (tail === null) return null
  const to = { year: tail.year ?? from.year, month: tail.month ?? from.month, day: tail.day, length: 0 }
  if (tail.month === undefined && tail.day === undefined) return null
  const first = resolveParts(from, ctx)
  const inherited = to.year === undefined && first.start !== null
  let last = resolveParts({ ...to, ...(inherited && { year: first.start!.getFullYear() }) }, ctx)
  // `12月30日至1月2日`: a range that crosses the new year
  if (inherited && last.end !== null && last.end < first.start!)
    last = resolveParts({ ...to, year: first.start!.getFullYear() + 1 }, ctx)
  if (first.start !== null && last.end !== null && last.end < first.start) return null
  return {
    ...first,
    end: last.end,
    precision: first.precision === 'month' && last.precision === 'month' ? 'month' : 'day',
    stated: { ...first.stated },
  }
}
