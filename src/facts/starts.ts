import { DATE_ALPHABET, DATE_STARTS } from '../../grammar/dates.js'
import { charTable } from '../char-table.js'
import type { Lexicon } from '../lexicon.js'

/** The Chinese numerals, digits and units, written for `charTable`. */
export const CN_NUMERALS = '〇零一二两三四五六七八九十百千万亿'
/** A figure starts at a numeral… */
export const FIGURE_STARTS = `0-9${CN_NUMERALS}`
/** …that is the first of its run and follows no letter or ordinal (`G20`, `第三`); `数千` is read as a range. */
export const FIGURE_NOT_AFTER = `A-Za-z0-9.第${CN_NUMERALS}`

/** Bits of the table: what a character can be to each reader. */
const NUMERAL = 1
const NOT_BEFORE_FIGURE = 2
const DATE_START = 4
const DATE_CHAR = 8
const TITLE_END = 16
const HONORIFIC_START = 32

/** Where each reader may start in a text, ascending. */
export interface Starts {
  figures: number[]
  dates: number[]
  /** Empty when no lexicon was given. */
  people: number[]
}

let baseTable: Uint8Array | null = null
const tables = new WeakMap<Lexicon, Uint8Array>()

function tableOf(lexicon: Lexicon | undefined): Uint8Array {
  if (baseTable === null) {
    baseTable = new Uint8Array(0x10000)
    const mark = (chars: string, bit: number): void => {
      const table = charTable(chars)
      for (let code = 0; code < 0x10000; code++) if (table[code] === 1) baseTable![code]! |= bit
    }
    mark(FIGURE_STARTS, NUMERAL)
    mark(FIGURE_NOT_AFTER, NOT_BEFORE_FIGURE)
    mark(DATE_STARTS, DATE_START)
    mark(DATE_ALPHABET, DATE_CHAR)
  }
  if (lexicon === undefined) return baseTable
  let table = tables.get(lexicon)
  if (table === undefined) {
    table = baseTable.slice()
    for (let code = 0; code < 0x10000; code++) {
      if (lexicon.titleEnds[code] === 1) table[code]! |= TITLE_END
      if (lexicon.honorificStarts[code] === 1) table[code]! |= HONORIFIC_START
    }
    tables.set(lexicon, table)
  }
  return table
}

/**
 * One pass over a text, one table look-up a character, that finds where each reader may start:
 * a figure at the first numeral of a run; a date at a start character followed by another
 * character of dates; a person (with a lexicon) right after the last character of a title word, or
 * one or two characters before an honorific (at the very start too: `王先生说`). The readers try their grammars only there.
 *
 * @example
 * findStarts('第三季度增长20%').figures //=> [6]
 */
export function findStarts(text: string, lexicon?: Lexicon): Starts {
  const table = tableOf(lexicon)
  const starts: Starts = { figures: [], dates: [], people: [] }
  const length = text.length
  // the bits of the characters before `at`, at it, and one and two after it
  let before = 0
  let here = length > 0 ? table[text.charCodeAt(0)]! : 0
  let next = length > 1 ? table[text.charCodeAt(1)]! : 0
  let nextButOne = length > 2 ? table[text.charCodeAt(2)]! : 0
  for (let at = 0; at < length; at++) {
    if ((here | next | nextButOne | before) !== 0) {
      if ((here & NUMERAL) !== 0 && (before & NOT_BEFORE_FIGURE) === 0) starts.figures.push(at)
      if ((here & DATE_START) !== 0 && (next & DATE_CHAR) !== 0) starts.dates.push(at)
      if ((at > 0 && (before & TITLE_END) !== 0) || ((next | nextButOne) & HONORIFIC_START) !== 0)
        starts.people.push(at)
    }
    before = here
    here = next
    next = nextButOne
    nextButOne = at + 3 < length ? table[text.charCodeAt(at + 3)]! : 0
  }
  return starts
}
