import { charTable } from '../char-table.js'
import { normalize, toInputEnd, toInputOffset } from '../normalize.js'
import type { Figure, FigureApprox } from '../schema.js'
import { COUNT_WORDS, CURRENCIES, MEASURE_WORDS, UNIT_KINDS } from '../vocabulary/units.js'
import { numberValue } from '../numerals.js'

const CN_DIGITS = '〇零一二两三四五六七八九'
/** A number: Arabic (`5,758`, `752.2`) or Chinese (`三千五百`), with 万/亿 after it. */
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[${CN_DIGITS}十百千万亿]*[${CN_DIGITS}][${CN_DIGITS}十百千万亿]*(?:点[${CN_DIGITS}]+)?|十)(?:万亿|千万|百万|万|亿)?`
/** `六七百`: two neighbouring digits before a unit of ten. */
const NEIGHBOURS = `[一二三四五六七八九][二三四五六七八九][十百千万](?:万|亿)?`
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|')
const UNIT = `(?:个百分点|%|${longestFirst(CURRENCIES)}|${longestFirst(MEASURE_WORDS)}|${longestFirst(COUNT_WORDS)})`
const BEFORE = '(?:大约|约|将近|接近|近|不少于|至少|不超过|超过|逾|超)'
const AFTER = '(?:以上|左右|上下|以内|以下)'

/**
 * The grammar of a figure (tried only at the start of a run of numerals, which keeps it linear):
 * ```
 * figure := BEFORE? ( 百分之 NUMBER | ( NUMBER ((至|到|-|~) NUMBER)? | NEIGHBOURS ) (多|余)? UNIT ) AFTER?
 * ```
 * `约752.2亿元`, `95.3%`, `百分之二十`, `20个百分点`, `3至5万元`, `六七百人`, `1000多名`, `300余家`.
 */
const FIGURE = new RegExp(
  `(?:百分之(?<per>${NUMBER})|(?:(?<range>${NEIGHBOURS})|(?<from>${NUMBER})(?:(?:至|到|-|~|—)(?<to>${NUMBER}))?)(?<more>多|余)?(?<unit>${UNIT}))(?<after>${AFTER})?`,
  'y',
)
const BEFORE_WORDS = BEFORE.slice(3, -1).split('|').sort((a, b) => b.length - a.length)
/** Characters a figure's number starts with, and those it cannot start right after, as tables. */
const NUMERALS = charTable(`0-9${CN_DIGITS}十百千万亿`)
// `数十位`, `几百人`: vague amounts, not figures
const NOT_AFTER = charTable(`A-Za-z0-9.第数几${CN_DIGITS}十百千万亿`)

const APPROX: Readonly<Record<string, FigureApprox>> = {
  多: 'more-than', 余: 'more-than', 以上: 'more-than', 超过: 'more-than', 超: 'more-than', 逾: 'more-than',
  约: 'about', 大约: 'about', 左右: 'about', 上下: 'about',
  近: 'nearly', 将近: 'nearly', 接近: 'nearly',
  不少于: 'at-least', 至少: 'at-least',
  不超过: 'at-most', 以内: 'at-most', 以下: 'at-most',
}

/** What a figure reading is, before its span is placed in the input. */
export interface FigureReading extends Omit<Figure, 'text' | 'span'> {
  index: number
  length: number
}

/**
 * Reads the figures of a normalised text. A lone `一` before a measure word (`一场`, `一批`) is
 * an idiom more often than a count, and is left out; so are years, dates, times, ordinals
 * (`第三`), codes (`G20`) and words with numerals in them (`一些`, `统一`, `一线`).
 */
export function readFigures(text: string): FigureReading[] {
  const out: FigureReading[] = []
  for (let at = 0; at < text.length; at++) {
    // a figure starts at the first numeral of a run, never inside one (`G20`, `第三`, `1234`)
    if (NUMERALS[text.charCodeAt(at)] === 0 || (at > 0 && NOT_AFTER[text.charCodeAt(at - 1)] === 1)) continue
    FIGURE.lastIndex = at
    const match = FIGURE.exec(text)
    if (match === null) continue
    const before = BEFORE_WORDS.find((word) => text.startsWith(word, at - word.length))
    const start = before === undefined ? at : at - before.length
    at += match[0].length - 1
    const g = match.groups!
    const unit = g.unit ?? '%'
    const kind = unit === '%' ? 'percent' : unit === '个百分点' ? 'percent-point' : UNIT_KINDS[unit]!
    let value: number | null = null
    let min: number | null = null
    let max: number | null = null
    if (g.per !== undefined) value = numberValue(g.per)
    else if (g.range !== undefined) {
      // 六七百 → 600–700
      const tail = g.range.slice(2)
      min = numberValue(g.range[0] + tail)
      max = numberValue(g.range[1] + tail)
    } else if (g.to !== undefined) {
      // 3至5万元: the multiplier of the second number counts for the first too
      const multiplier = /(万亿|千万|百万|万|亿)$/.exec(g.to)?.[1] ?? ''
      min = numberValue(/(万|亿)$/.test(g.from!) ? g.from! : g.from! + multiplier)
      max = numberValue(g.to)
      if (min !== null && max !== null && min > max) continue
    } else {
      // `一场`, `一批`, `最后一公里`: a lone 一 before a unit is an idiom more often than a figure
      if (g.from === '一' && (kind === 'count' || kind === 'measure')) continue
      value = numberValue(g.from!)
    }
    if (value === null && (min === null || max === null)) continue
    const approxWord = before ?? g.more ?? g.after
    out.push({
      index: start,
      length: match.index + match[0].length - start,
      kind: g.per !== undefined ? 'percent' : kind,
      value,
      min,
      max,
      unit: g.per !== undefined ? '%' : unit === '个百分点' ? '百分点' : unit,
      approx: approxWord === undefined ? null : (APPROX[approxWord] ?? null),
    })
  }
  return out
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
  if (typeof text !== 'string') throw new TypeError(`extractFigures expects a string, got ${text === null ? 'null' : typeof text}`)
  const normalized = normalize(text)
  return readFigures(normalized.text).map(({ index, length, ...figure }) => {
    const start = toInputOffset(normalized, index)
    const end = toInputEnd(normalized, index + length)
    return { text: text.slice(start, end), span: { start, end }, ...figure }
  })
}
