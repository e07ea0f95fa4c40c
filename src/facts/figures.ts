import { charTable, codeAt } from '../char-table.js'
import { normalize, toInputEnd, toInputOffset } from '../normalize.js'
import type { Figure, FigureApprox, FigureKind, Span } from '../schema.js'
import { COUNT_WORDS, CURRENCIES, MEASURE_WORDS } from '../vocabulary/units.js'
import { defaultLexicon } from '../lexicon.js'
import { numberValue } from '../numerals.js'
import { findStarts } from './starts.js'

const CN_DIGITS = '〇零一二两三四五六七八九'
/**
 * The most characters of a Chinese number on either side of its first digit (`三千五百万` has 4):
 * a bound that keeps a long run of numerals (`一一一…`) from being tried in quadratic time.
 */
const MAX_NUMERAL = 16
/**
 * A number: Arabic (`5,758`, `752.2`) or Chinese (`三千五百`), with 万/亿 after it; or a bare
 * 百, 千 or 万 before 余 or 多 (`百余名`, `千余人`).
 */
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[${CN_DIGITS}十百千万亿]{0,${MAX_NUMERAL}}[${CN_DIGITS}][${CN_DIGITS}十百千万亿]{0,${MAX_NUMERAL}}(?:点[${CN_DIGITS}]+)?|十几|十|[百千万](?=[余多])|(?<=[数几])[十百千万亿]|(?<=[近上]|突破)[十百千万亿])(?:万亿|千万|百万|万|亿)?`
/** `六七百`, `四五只`, `一两千`: two neighbouring digits, before a unit of ten or a unit (checked in code). */
const NEIGHBOURS = `[一二三四五六七八九][二两三四五六七八九](?:[十百千万](?:万|亿)?)?(?![${CN_DIGITS}十百千万亿])`
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|')
const BEFORE = [
  '大约',
  '约',
  '将近',
  '接近',
  '近',
  '不少于',
  '不低于',
  '至少',
  '不超过',
  '不到',
  '不足',
  '超过',
  '突破',
  '逾',
  '超',
  '上',
  '零下',
].sort((a, b) => b.length - a.length)
const AFTER = '以上|左右|上下|以内|以下'

/** What makes `次` an ordinal: the session of a meeting (`五次会议`, `四中全会` aside). */
const SESSIONS = '会议|全会|全体会议|常委会|代表大会'
/**
 * The grammar of a figure, tried only where `findStarts` says one may start (the first numeral of
 * a run, which keeps it linear):
 * ```
 * figure := (BEFORE | 数 | 几)? ( 百分之 NUMBER | ( NEIGHBOURS | NUMBER ((至|到|-|~) NUMBER)? ) ((多|余|来) (万|亿)?)? UNIT ) AFTER?
 * NUMBER := digits | numerals | 十几 | a bare 十/百/千/万/亿 after 近, 上, 突破, 数, 几 or before 余, 多
 * UNIT   := 个百分点 | % | currency | measure word | count word (not 次 of a session: `五次会议`) | 成
 * ```
 * `约752.2亿元`, `95.3%`, `百分之二十`, `20个百分点`, `3至5万元`, `六七百人`, `1000多名`, `300余家`,
 * `1000多万元`; a count word is not the start of a longer word (`300多万县级以上机关`) nor of a
 * span of time (`3个月`, `两个多月`). Groups: 1 百分之's number, 2 neighbours, 3 from, 4 to, 5 多/余, 6 the 万 or 亿
 * after it, units 7 % 8 个百分点 9 currency 10 measure 11 count, 12 the word after. `BEFORE` is
 * read back from the match's start.
 */
const FIGURE = new RegExp(
  `(?:百分之(${NUMBER})|(?:(${NEIGHBOURS})|(${NUMBER})(?:(?:至|到|-|~|—)(${NUMBER}))?)(?:(多|余|来)(万亿|千万|百万|万|亿)?)?` +
    `(?:(%)|(个百分点)|(${longestFirst(CURRENCIES)})|(${longestFirst(MEASURE_WORDS)})|(${longestFirst(COUNT_WORDS)})(?!级|干部|多?月|多?小时|多?星期|工作日)(?<!次(?=${SESSIONS}))|(成)(?=以上|以下|左右|的|[^\u4e00-\u9fff]|$)))(${AFTER})?`,
  'y',
)

/** The last characters of the words before a figure (`约`, `近`, `不少于`): where to look back. */
const BEFORE_ENDS = charTable(BEFORE.map((word) => word.at(-1)).join(''))
const MULTIPLIER = /(?:万亿|千万|百万|万|亿)$/
const BARE_UNITS = charTable('十百千万亿')
/** `数千`, `几千`: a bare unit after one of these is a range of one to ten of it. */
const VAGUE = charTable('数几')
const RANGE_MARKS = '至到-~—'
/** Numbered phrases of policy and slogans: names, not counts (`三个代表`, `两个维护`, `八项规定`). */
const NUMBERED_PHRASES = [
  '三个代表',
  '两个维护',
  '四个意识',
  '四个自信',
  '两个确立',
  '两个一百年',
  '四个全面',
  '两个大局',
  '三个务必',
  '四个服务',
  '两个毫不动摇',
  '八项规定',
  '三个倡导',
  '三个有利于',
  '两个结合',
  '五个必由之路',
  '三严三实',
  '两学一做',
  '五位一体',
]

const APPROX: ReadonlyMap<string, FigureApprox> = new Map([
  ['多', 'more-than'],
  ['余', 'more-than'],
  ['以上', 'more-than'],
  ['超过', 'more-than'],
  ['超', 'more-than'],
  ['逾', 'more-than'],
  ['约', 'about'],
  ['大约', 'about'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['近', 'nearly'],
  ['不到', 'at-most'],
  ['不低于', 'at-least'],
  ['来', 'about'],
  ['不足', 'at-most'],
  ['突破', 'more-than'],
  ['上', 'more-than'],
  ['将近', 'nearly'],
  ['接近', 'nearly'],
  ['不少于', 'at-least'],
  ['至少', 'at-least'],
  ['不超过', 'at-most'],
  ['以内', 'at-most'],
  ['以下', 'at-most'],
])

/** What a figure reading is, before its span is placed in the input. */
export interface FigureReading extends Omit<Figure, 'text' | 'span'> {
  index: number
  length: number
}

/**
 * Reads the figures of a normalised text. A lone `一` before a measure word (`一场`, `一批`) is
 * an idiom more often than a count, and is left out unless its sentence counts that unit in
 * figures too (`五只，一只公羊、四只母羊`); so are years, dates, times, ordinals
 * (`第三`), codes (`G20`) and words with numerals in them (`一些`, `统一`, `一线`).
 */
export function readFigures(text: string, starts: readonly number[] = findStarts(text).figures): FigureReading[] {
  const out: FigureReading[] = []
  /** The figures of a lone `一`, kept only where `countedAlike`. */
  const lone = new Set<FigureReading>()
  let resume = 0
  for (const at of starts) {
    if (at < resume) continue
    FIGURE.lastIndex = at
    const match = FIGURE.exec(text)
    if (match === null) continue
    const [whole, per, range, from, to, more, late = '', , points, currency, measure, count, tenths, after] = match
    resume = at + whole.length
    let loneOne = false
    if (NUMBERED_PHRASES.some((phrase) => text.startsWith(phrase, at))) continue
    let before =
      BEFORE_ENDS[codeAt(text, match.index - 1)] === 1
        ? BEFORE.find((word) => text.startsWith(word, match.index - word.length))
        : undefined
    // `上万人`: 上 is more-than only before a bare 十, 百, 千, 万 or 亿 (`以上5人` is no `上5人`)
    if (before === '上' && (from === undefined || BARE_UNITS[from.charCodeAt(0)] === 0)) before = undefined
    const sign = before === '零下' ? -1 : 1
    const unit = currency ?? measure ?? count ?? tenths ?? (points !== undefined ? '百分点' : '%')
    const kind: FigureKind =
      per !== undefined
        ? 'percent'
        : currency !== undefined
          ? 'money'
          : measure !== undefined
            ? 'measure'
            : count !== undefined
              ? 'count'
              : points !== undefined
                ? 'percent-point'
                : 'percent'
    let vague = false
    let value: number | null = null
    let min: number | null = null
    let max: number | null = null
    if (per !== undefined) value = numberValue(per)
    else if (range !== undefined) {
      // 六七百 → 600–700, 四五只 → 4–5; only neighbours are a range (`一二六名` is 126)
      const tail = range.slice(2)
      min = numberValue(range[0] + tail + late)
      max = numberValue(range[1] + tail + late)
      if (min === null || max === null || numberValue(range[1]!)! - numberValue(range[0]!)! !== 1) continue
    } else if (to !== undefined) {
      // 3至5万元: the multiplier of the second number counts for the first too
      min = numberValue(MULTIPLIER.test(from!) ? from! + late : from! + (MULTIPLIER.exec(to)?.[0] ?? '') + late)
      max = numberValue(to + late)
      if (min !== null && max !== null && min > max) continue
    } else if (from!.startsWith('十几')) {
      // `十几万`: 11 to 19 of its multiplier
      const scale = numberValue(from!.slice(2) + late) ?? 1
      min = 11 * scale
      max = 19 * scale
    } else if (VAGUE[codeAt(text, match.index - 1)] === 1 && BARE_UNITS[from!.charCodeAt(0)] === 1) {
      // `数千`, `几千`: one to ten of the bare unit (`基数3万元` is 3万元)
      min = numberValue(from! + late)
      max = min === null ? null : min * 10
      vague = true
    } else {
      // `一场`, `一批`, `最后一公里`: a lone 一 before a unit is an idiom more often than a figure;
      // kept aside, for a sentence that counts the same unit in figures too (`countedAlike`)
      if (from === '一' && (kind === 'count' || kind === 'measure')) loneOne = true
      value = numberValue(from! + late) // `1000多万元`: 多 before the multiplier
      if (value !== null) value *= sign * (tenths === undefined ? 1 : 10)
    }
    // a number too large for a double keeps its text, with no value
    const tooLarge = [value, min, max].some((n) => n !== null && !Number.isFinite(n))
    if (tooLarge) value = min = max = null
    else if (value === null && (min === null || max === null)) continue
    const approxWord = before ?? more ?? after
    const start = before === undefined ? match.index - (vague ? 1 : 0) : match.index - before.length
    const figure: FigureReading = {
      index: start,
      length: match.index + whole.length - start,
      kind,
      value,
      min,
      max,
      unit: per !== undefined ? '%' : unit,
      approx: approxWord === undefined ? null : (APPROX.get(approxWord) ?? null),
    }
    const previous = out[out.length - 1]
    if (previous !== undefined && rangeOfTwo(text, previous, figure)) {
      // `3元至5元`, `10%至20%`: one range, its unit written twice
      previous.length = figure.index + figure.length - previous.index
      previous.min = previous.value
      previous.max = figure.value
      previous.value = null
      previous.approx ??= figure.approx
    } else {
      out.push(figure)
      if (loneOne) lone.add(figure)
    }
  }
  return lone.size === 0 ? out : countedAlike(text, out, lone)
}

/** What ends a sentence: figures across one are not counted together. */
const SENTENCE_ENDS = charTable('。！？!?')

/**
 * The figures without the lone `一` of a unit that no other figure of its sentence counts in too:
 * `五只，一只公羊、四只母羊` keeps 一只, `一场雨过后` does not. One pass over the text and the figures.
 */
function countedAlike(text: string, figures: FigureReading[], lone: Set<FigureReading>): FigureReading[] {
  // the sentence each figure stands in, numbered in the text's order
  const sentences: number[] = []
  let sentence = 0
  let at = 0
  for (const figure of figures) {
    for (; at < figure.index; at++) if (SENTENCE_ENDS[text.charCodeAt(at)] === 1) sentence++
    sentences.push(sentence)
  }
  const counted = new Set<string>()
  figures.forEach((figure, k) => {
    if (!lone.has(figure)) counted.add(`${sentences[k]} ${figure.kind} ${figure.unit}`)
  })
  return figures.filter(
    (figure, k) =>
      !lone.has(figure) || (counts(text, figure) && counted.has(`${sentences[k]} ${figure.kind} ${figure.unit}`)),
  )
}

/** Whether a lone `一` may be a count at all: not after 每 (`每一盒`, each one), not in a pair (`一家一户`, `一草一木`). */
function counts(text: string, one: FigureReading): boolean {
  if (one.length === 2 && (text.charAt(one.index + 2) === '一' || text.charAt(one.index - 2) === '一')) return false
  return text.charAt(one.index - 1) !== '每'
}

/** Two figures of one unit with a range mark between them, the first the smaller: `3元至5元`. */
function rangeOfTwo(text: string, first: FigureReading, second: FigureReading): boolean {
  const end = first.index + first.length
  return (
    second.index === end + 1 &&
    RANGE_MARKS.includes(text.charAt(end)) &&
    first.value !== null &&
    second.value !== null &&
    first.value < second.value &&
    first.unit === second.unit &&
    first.kind === second.kind
  )
}

/**
 * Finds the figures in a text: money, percentages, percentage points, counts with their measure
 * word and measures with their unit; Arabic and Chinese numerals and their mixtures with 千, 万 and
 * 亿; approximations and ranges.
 *
 * @example
 * extractFigures('总投资752.2亿元,开工率达100%')
 * //=> [{ text: '752.2亿元', kind: 'money', value: 75220000000, unit: '元', … }, { text: '100%', kind: 'percent', value: 100, … }]
 */
export function extractFigures(text: string): Figure[] {
  if (typeof text !== 'string')
    throw new TypeError(`extractFigures expects a string, got ${text === null ? 'null' : typeof text}`)
  const normalized = normalize(text)
  // Traditional forms fold to Simplified, one unit for one: `1.2萬` reads as `1.2万`
  return readFigures(defaultLexicon().fold(normalized.text)).map((reading) => {
    const start = toInputOffset(normalized, reading.index)
    const end = toInputEnd(normalized, reading.index + reading.length)
    return toFigure(text.slice(start, end), { start, end }, reading)
  })
}

/** A figure in the public shape, its fields in the schema's order. */
export function toFigure(text: string, span: Span, { kind, value, min, max, unit, approx }: FigureReading): Figure {
  return { text, span, kind, value, min, max, unit, approx }
}
