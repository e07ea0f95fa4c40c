import type { Lexicon } from '../lexicon.js'
import { REPORTS_LENGTH } from '../../grammar/byline-tokens.js'
import { textMemo } from '../text-memo.js'
import { mapReading, readByline, type BylineReading } from './byline.js'
import { isLetterSpaced, readDateline, type DatelineReading } from './dateline.js'

/** What opens a paragraph: a dateline, then perhaps a byline; offsets relative to the text read. */
export interface LeadReading {
  dateline: { start: number; end: number; reading: DatelineReading } | null
  /**
   * The byline after the dateline: `（记者冯春梅）` (brackets included) or `记者温红彦报道`; or,
   * with no dateline, an inline credit opening the text (`记者李浩然、通讯员叶星国报道:`).
   */
  byline: { start: number; end: number; inner: [number, number]; reading: BylineReading } | null
  /** Where the paragraph's own text starts. */
  bodyStart: number
  /** A web copy's publication time or a record's ids before the dateline (`2025/12/03 14:42 `): page furniture. */
  stamp?: { start: number; end: number }
}

/** Kinds of dispatch: 讯 and 电 (folded from 訊 and 電), `X报道:` and `X消息:` of web outlets, Taiwan's `X報導`. */
const KIND_WORDS = ['讯', '电', '报道', '报导', '消息'] as const
/** After these, 讯 or 电 is part of a word, not a dateline: 通讯员, 电话, 电商 … */
const WORD_AFTER = /^[员息号问录话视脑商力影器网站台池梯子费报邮路气动]/
const SPACE = /^[\s:]+/
/** What closes a dateline: a space, a bracket, a colon, a comma, a slash (`中评社台北11月20日电/`). */
const CLOSED = /^[\s(:,/]/
/** What closes `消息`, `报道` or `报导` after words that are no known outlet: a space, a bracket, a colon. */
const WORD_CLOSED = /^[\s(:]/
/** What separates a dateline from the text: spaces, a colon, a comma, a slash (`中评社台北11月20日电/`). */
const AFTER_DATELINE = /^[\s:,/]*/
/**
 * Brackets that may hold the whole lead: `【明报专讯】`, `〔记者王小明/台北报导〕`, `[本报讯]`, and
 * Malaysian papers' `(芙蓉、波德申26日讯)` (full-width `（）` are folded to these).
 */
const BRACKETS: Readonly<Record<string, string>> = { '【': '】', '〔': '〕', '[': ']', '(': ')' }
/**
 * `记者王小明/台北报导`: a byline, a slash, then where the report comes from; the paper may come
 * first, with a slash of its own (`联合报/ 记者陈熙文/华盛顿即时报导`, as 联合报 prints it), or sign
 * the line glued after it (`特派记者赖锦宏/北京报导联合报`, as its newsletter prints it); a local
 * paper names no place (`记者张丽英/报导`): the byline alone.
 */
const BYLINE_THEN_PLACE = /^(?:([^/\s]{2,10})\/\s*)?([^/\s]{3,24})\/((?:[^/\s]{2,12})?报导)(?=$|[\s:]|([^/\s]{2,10})$)/
/**
 * `记者刘懿萱、屈彦辰/台北联合报`: a byline, a slash, then the place it reports from with the paper
 * signing it in place of `报导`, as 联合报's newsletter prints it.
 */
const BYLINE_THEN_SIGNED_PLACE = /^([^/\s]{3,24})\/([\u3400-\u9fff]{4,14})(?=$|\s)/
/** The place before the signing paper is a city's or a county's name: two to four characters. */
const SIGNED_PLACE_LENGTHS = [2, 3, 4]
/**
 * `2025/12/03 14:42 `, `2024-01-31 `: a web copy's publication time before its dateline; `926
 * 1583734021319982 `: a record's ids.
 */
const PUBLISHED_AT = /^(?:\d{4}([/.-])\d{1,2}\1\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d+(?:\s+\d+)*)\s+/
const MAX_BRACKETED = 40
const MAX_HEAD = 24
export const MAX_BYLINE = 80

/**
 * Reads the dateline that may open a paragraph, `本报北京12月31日电 （记者冯春梅）中国人民…`,
 * `秀山網訊 1月31日,…`, `云上通山报道:(全媒体记者 孟军)3月3日,…`, `【明报专讯】…`, and the byline
 * right after it; or a byline before the place it reports from (`〔记者王小明/台北报导〕…`).
 * A dateline must be the very start of the text; `本报讯` inside a sentence is none. Without an
 * outlet or a date in it, or closed by `消息` or `报道` (words of running text too), the dateline
 * must be followed by a space, bracket or colon.
 *
 * @example
 * readLead('本报北京12月31日电 （记者冯春梅）中国人民…', lexicon)
 * //=> { dateline: { start: 0, end: 11, … }, byline: { start: 12, end: 19, … }, bodyStart: 19 }
 */
export function readLead(folded: string, lexicon: Lexicon): LeadReading {
  return copyLead(leads(lexicon, folded))
}

/** The leads of the texts read last, per lexicon: a page's line is asked about by several steps. */
const leads = textMemo((folded, lexicon) => readStampedLead(folded, lexicon))

/** A reading of its own for the caller, who may shift its offsets. */
function copyLead({ dateline, byline, bodyStart, stamp }: LeadReading): LeadReading {
  const pair = (range: [number, number] | null): [number, number] | null => range && [range[0], range[1]]
  return {
    dateline: dateline && {
      ...dateline,
      reading: {
        ...dateline.reading,
        outlet: pair(dateline.reading.outlet),
        place: pair(dateline.reading.place),
        date: dateline.reading.date && { ...dateline.reading.date },
        ...(dateline.reading.reporters && { reporters: pair(dateline.reading.reporters)! }),
      },
    },
    byline: byline && { ...byline, inner: pair(byline.inner)!, reading: mapReading(byline.reading, same, same) },
    bodyStart,
    ...(stamp && { stamp: { ...stamp } }),
  }
}

const same = (i: number): number => i

function readStampedLead(folded: string, lexicon: Lexicon): LeadReading {
  const stamped = PUBLISHED_AT.exec(folded)?.[0]
  if (stamped === undefined) return readUnstampedLead(folded, lexicon)
  const stamp = stamped.length
  // `2025/12/03 14:42 編譯陳成良／綜合報導`: the time, then the lead
  const lead = readUnstampedLead(folded.slice(stamp), lexicon)
  if (lead.dateline === null) return lead
  const { dateline, byline } = lead
  if (byline !== null) shift(byline.reading, stamp)
  return {
    dateline: { ...dateline, start: dateline.start + stamp, end: dateline.end + stamp },
    byline: byline && {
      ...byline,
      start: byline.start + stamp,
      end: byline.end + stamp,
      inner: [byline.inner[0] + stamp, byline.inner[1] + stamp],
    },
    bodyStart: lead.bodyStart + stamp,
    stamp: { start: 0, end: stamped.trimEnd().length },
  }
}

function readUnstampedLead(folded: string, lexicon: Lexicon): LeadReading {
  const none: LeadReading = { dateline: null, byline: null, bodyStart: 0 }
  // `【明报专讯】…`, `〔记者王小明/台北报导〕…`, or `记者李四/新北报导` (`/台北联合报`) standing alone
  const marked =
    bracketedLead(folded, lexicon) ??
    bylineThenPlace(folded, 0, folded.length, lexicon) ??
    bylineThenSignedPlace(folded, lexicon)
  if (marked !== null) return marked
  const dateline = datelineAt(folded, lexicon)
  if (dateline === null) {
    // `记者李浩然、通讯员叶星国报道:…`: an inline credit opens the text, with no dateline before it
    const words = INLINE_CREDIT.exec(folded)?.[0]
    const credit = words === undefined ? null : reportingCredit(words, 0, lexicon)
    return credit === null ? none : { dateline: null, byline: credit, bodyStart: after(folded, credit.end) }
  }
  let at = dateline.end
  at += SPACE.exec(folded.slice(at))?.[0].length ?? 0
  const leading = readLeadingByline(folded, at, lexicon)
  const byline = leading ?? namedInDateline(folded, dateline.reading, 0, lexicon)
  let bodyStart = leading?.end ?? at
  bodyStart += AFTER_DATELINE.exec(folded.slice(bodyStart))![0].length
  return { dateline, byline, bodyStart }
}

/**
 * A lead in brackets at the very start: a dateline (`【明报专讯】`, `【新华社北京12月21日电】`), with
 * the byline after it (`【本报讯】(记者 钟立)`), or a
 * byline and the place it reports from (`〔记者王小明/台北报导〕`, as Taiwan's papers print it).
 */
function bracketedLead(folded: string, lexicon: Lexicon): LeadReading | null {
  const closer = BRACKETS[folded.charAt(0)]
  const close = closer === undefined ? -1 : folded.indexOf(closer)
  if (close < 3 || close > MAX_BRACKETED) return null
  const inner = folded.slice(1, close)
  const reading = readDateline(inner, lexicon)
  if (reading !== null) {
    const named = namedInDateline(folded, reading, 1, lexicon)
    const at = after(folded, close + 1)
    // `【本報訊】(記者 鍾立)…`: the byline after the bracket, as after a bare dateline
    const leading = named === null ? readLeadingByline(folded, at, lexicon) : null
    return {
      dateline: { start: 1, end: close, reading },
      byline: named ?? leading,
      bodyStart: leading === null ? at : after(folded, leading.end),
    }
  }
  const lead = bylineThenPlace(inner, 1, close, lexicon)
  const end = lead === null ? -1 : (lead.dateline ?? lead.byline!).end
  return end !== close ? null : { ...lead!, bodyStart: after(folded, close + 1) }
}

/**
 * The byline of the reporters a dateline names (`記者戴雅真` in `中央社記者戴雅真台北29日電`), in
 * `folded`, where the dateline starts at `base`; null when it names none. It lies inside the dateline.
 */
function namedInDateline(
  folded: string,
  reading: DatelineReading,
  base: number,
  lexicon: Lexicon,
): LeadReading['byline'] {
  if (reading.reporters === undefined) return null
  const [start, end] = [base + reading.reporters[0], base + reading.reporters[1]]
  const byline = readByline(folded.slice(start, end), lexicon)
  if (byline === null) return null
  shift(byline, start)
  return { start, end, inner: [start, end], reading: byline }
}

/** The word a byline's slash reports with, no place before it: `记者张丽英/报导`. */
const REPORTED = '报导'

/** `记者王小明/台北报导` at `base` (offset of `text` in the whole): the byline, then the place as a 讯 dateline. */
function bylineThenPlace(text: string, base: number, end: number, lexicon: Lexicon): LeadReading | null {
  const parts = BYLINE_THEN_PLACE.exec(text)
  if (parts === null) return null
  const paper = parts[1]
  const credit = parts[2]!
  const where = parts[3]!
  const signature = parts[4]
  if (paper !== undefined && !lexicon.isOutletName(paper)) return null
  if (signature !== undefined && (paper !== undefined || !lexicon.isOutletName(signature))) return null
  const from = paper === undefined ? 0 : parts[0].indexOf(credit, paper.length)
  const byline = readByline(credit, lexicon)
  const placeless = where === REPORTED
  const place = placeless ? null : readDateline(where, lexicon)
  if (byline === null || byline.contributors.every((c) => c.roleWord === null) || (place === null && !placeless))
    return null
  shift(byline, base + from)
  if (paper !== undefined) byline.outlet = [base, base + paper.length]
  const at = base + from + credit.length + 1
  const to = at + where.length
  if (signature !== undefined) byline.outlet = [to, to + signature.length]
  return {
    dateline: place === null ? null : { start: at, end: to, reading: place },
    byline: placeless
      ? { start: base + from, end: to, inner: [base + from, to], reading: byline }
      : { start: base + from, end: at - 1, inner: [base + from, at - 1], reading: byline },
    bodyStart: Math.min(end, after(text, to - base + (signature?.length ?? 0)) + base),
  }
}

/** `记者刘懿萱、屈彦辰/台北联合报`: the byline, its outlet the paper signing after the place; no dateline. */
function bylineThenSignedPlace(text: string, lexicon: Lexicon): LeadReading | null {
  const parts = BYLINE_THEN_SIGNED_PLACE.exec(text)
  if (parts === null) return null
  const credit = parts[1]!
  const signed = parts[2]!
  const place = SIGNED_PLACE_LENGTHS.find((length) => lexicon.isOutletName(signed.slice(length)))
  const byline = place === undefined ? null : readByline(credit, lexicon)
  if (byline === null || byline.contributors.every((c) => c.roleWord === null)) return null
  const end = parts[0].length
  byline.outlet = [credit.length + 1 + place!, end]
  return { dateline: null, byline: { start: 0, end, inner: [0, end], reading: byline }, bodyStart: after(text, end) }
}

/** Past the spaces and colons at `at`. */
const after = (text: string, at: number): number => at + /^[\s:]*/.exec(text.slice(at))![0].length

function datelineAt(folded: string, lexicon: Lexicon): LeadReading['dateline'] {
  const limit = Math.min(folded.length, MAX_HEAD + 2)
  for (let end = 1; end <= limit; end++) {
    const kind = KIND_WORDS.find((word) => folded.startsWith(word, end - word.length) && end > word.length)
    if (kind === undefined) continue
    // in letter-spaced text (`本 报 讯 10 月`) the next letter is one space on
    const next = isLetterSpaced(folded.slice(0, end)) && folded.charAt(end) === ' ' ? end + 1 : end
    const after = folded.slice(next, next + 1)
    if (WORD_AFTER.test(after)) continue
    const reading = readDateline(folded.slice(0, end), lexicon)
    if (reading === null) continue
    // `消息`, `报道` and `报导` are words of running text too and close a dateline only before a
    // space, bracket or colon, or a comma after an outlet the lexicon knows (`美联社报道,…`):
    // `新华社消息称,…` and `外媒报导,美国…` are sentences, `…开展大型主题报道活动` a headline; `讯` and
    // `电` close one before a comma or a slash too, and anywhere after an outlet or a date
    const word = kind !== '讯' && kind !== '电'
    const known = (): boolean => reading.outlet !== null && lexicon.isOutlet(folded.slice(...reading.outlet))
    const closed = after === '' || WORD_CLOSED.test(after) || (CLOSED.test(after) && (!word || known()))
    if (!closed && (word || (reading.outlet === null && reading.date === null))) continue
    return { start: 0, end, reading }
  }
  return null
}

/** The byline at `at`, right after a dateline: `（记者冯春梅）` or `记者温红彦报道:`. */
export function readLeadingByline(folded: string, at: number, lexicon: Lexicon): LeadReading['byline'] {
  if (folded.charAt(at) === '(') {
    const close = folded.indexOf(')', at)
    if (close === -1 || close - at > MAX_BYLINE) return null
    const reading = readByline(folded.slice(at + 1, close), lexicon)
    if (reading === null) return null
    shift(reading, at + 1)
    return { start: at, end: close + 1, inner: [at + 1, close], reading }
  }
  const words = INLINE_CREDIT.exec(folded.slice(at))?.[0]
  return words === undefined ? bareByline(folded, at, lexicon) : reportingCredit(words, at, lexicon)
}

/** `记者温红彦报道:`: names after a role word, then 报道, closed by a colon, a space or the end. */
const INLINE_CREDIT = /^[^\s:,。]{3,16}报道(?=[:\s]|$)/

/** The inline credit `words` at `at` (`记者温红彦报道`, `通讯员丁振雷、记者向黎鸣报道`), a role word in it; or null. */
function reportingCredit(words: string, at: number, lexicon: Lexicon): LeadReading['byline'] {
  // the names end before 报道, the credit's verb: `叶星国报道` is 叶星国
  const reading = readByline(words.slice(0, -REPORTS_LENGTH), lexicon)
  if (reading === null || reading.contributors.every((c) => c.roleWord === null)) return null
  shift(reading, at)
  const end = at + words.length
  return { start: at, end, inner: [at, end], reading }
}

/** Moves a reading's offsets by `by`, so they count from the start of the whole text. */
export function shift(reading: BylineReading, by: number): void {
  if (reading.outlet) reading.outlet = [reading.outlet[0] + by, reading.outlet[1] + by]
  for (const c of reading.contributors) {
    c.start += by
    c.end += by
    if (c.roleWord) c.roleWord = [c.roleWord[0] + by, c.roleWord[1] + by]
  }
  reading.guessedSplits = reading.guessedSplits.map(([s, e]) => [s + by, e + by])
}

/** `记者 李洋 `: a role word and a name, closed by a space. */
const BARE_CREDIT = /[^\s:,。()]{2,8}\s+[^\s:,。()]{1,4}\s+/y
/** A bare byline names at most this many people. */
const MAX_BARE_CREDITS = 4

/**
 * A bare byline after the dateline, with no brackets: `本报讯 记者 李洋 4月27日下午,…`,
 * `记者 王五 通讯员 赵六 …`. Every name must follow a role word; the longest such run wins.
 */
function bareByline(folded: string, at: number, lexicon: Lexicon): LeadReading['byline'] {
  const window = folded.slice(at, at + MAX_BYLINE)
  const ends: number[] = []
  BARE_CREDIT.lastIndex = 0
  while (ends.length < MAX_BARE_CREDITS && BARE_CREDIT.exec(window) !== null) ends.push(BARE_CREDIT.lastIndex)
  for (let k = ends.length - 1; k >= 0; k--) {
    const words = window.slice(0, ends[k]).trimEnd()
    const reading = readByline(words, lexicon)
    if (reading === null || reading.contributors.some((c) => c.roleWord === null)) continue
    shift(reading, at)
    const end = at + words.length
    return { start: at, end, inner: [at, end], reading }
  }
  return null
}
