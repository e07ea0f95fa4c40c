import type { Lexicon } from '../lexicon.js'
import { parseDateline } from '../../grammar/dateline.js'
import { brandsOutlet } from '../../grammar/dateline-tokens.js'
import { isPlace } from '../facts/bare-names.js'
import { REPORT_KINDS } from '../vocabulary/report-kinds.js'

/** A dateline read from folded text; offsets are relative to that text. */
export interface DatelineReading {
  kind: 'xun' | 'dian'
  outlet: [start: number, end: number] | null
  place: [start: number, end: number] | null
  date: { start: number; end: number; month?: number; day?: number } | null
  /** The reporters the words name, role word and all (`記者戴雅真` in `中央社記者戴雅真台北29日電`). */
  reporters?: [start: number, end: number]
}

/** A place alone (`东昌府讯`) is short: the longest province name has eight characters. */
const MAX_PLACE_ALONE = 8
/** A news agency's name, as the words of a dated dateline open: `中评社`, `美联社` (社 closing two to four characters). */
const AGENCY = /^[\u3400-\u9fff]{1,3}社/
/** A dateline that reports: `云上通山报道`, Taiwan's `台北报导`. */
const REPORTS = /报[道导]$/
/** A place cut before a report's kind may not end in a list's separator (`即时资讯、特别报道`). */
const SEPARATOR_END = /[、,]$/
/** …and a name of two at least: one character before 讯 or 电 makes a word (`资讯`, `快讯`, `简讯`). */
const MIN_PLACE_ALONE = 2

/**
 * Reads a dateline such as `东昌府讯`, `新华社北京12月21日电`, `云上通山报道` (a web outlet's
 * `报道` reads as 讯), `台北报导` (a place) or `明报专讯` (an outlet), already folded (`訊` → `讯`).
 * Returns null when the words are not a dateline. The grammar (`grammar/dateline.ts`) finds the
 * parts; a place alone that brands an outlet (`长江日报`) or reports as one (`报道`) is read as the
 * outlet, and a place alone with no date has two to eight characters (`资讯`, `快讯` are words). A
 * `报道` after a word of what kind of report it is (`即时报道`) is a section's label, no dateline.
 * Letter-spaced words read as the words they space (`本 报 讯`, a justified line's).
 *
 * @example
 * readDateline('本报北京12月21日电', lexicon)
 * //=> { kind: 'dian', outlet: [0, 2], place: [2, 4], date: { start: 4, end: 10, month: 12, day: 21 } }
 */
export function readDateline(folded: string, lexicon: Lexicon): DatelineReading | null {
  return isLetterSpaced(folded) ? readLetterSpaced(folded, lexicon) : readWords(folded, lexicon)
}

/** Words letter-spaced, as a justified line prints them: `本 报 讯`, `大 西 北 网 讯`, one space each. */
const LETTER_SPACED = /^(?:[\u3400-\u9fff0-9] ){2,}[\u3400-\u9fff]$/

/**
 * Whether folded words are letter-spaced: one character, one space, and so on.
 *
 * @example
 * isLetterSpaced('本 报 讯') //=> true
 */
export const isLetterSpaced = (words: string): boolean => words.charCodeAt(1) === 0x20 && LETTER_SPACED.test(words)

/** Reads letter-spaced words without their spaces; each range then covers its letters in `folded`. */
function readLetterSpaced(folded: string, lexicon: Lexicon): DatelineReading | null {
  const reading = readWords(folded.replaceAll(' ', ''), lexicon)
  if (reading === null) return null
  const spaced = (range: [number, number] | null): [number, number] | null => range && [range[0] * 2, range[1] * 2 - 1]
  const { date, reporters } = reading
  return {
    kind: reading.kind,
    outlet: spaced(reading.outlet),
    place: spaced(reading.place),
    date: date && { ...date, start: date.start * 2, end: date.end * 2 - 1 },
    ...(reporters && { reporters: spaced(reporters)! }),
  }
}

function readWords(folded: string, lexicon: Lexicon): DatelineReading | null {
  const parse = parseDateline(folded, lexicon)
  if (parse === null) return null
  const { kind, date } = parse
  let { outlet, place } = parse
  // `丁振雷、记者向黎鸣报道`: names and a role word are a credit (see `readLead`), not an outlet or a place
  if (parse.reporters === undefined && [outlet, place].some((words) => words && holdsRoleWord(folded, words, lexicon)))
    return null
  // what kind of report it is belongs to the kind: `华盛顿即时报导` reports live from a place;
  // `即时报道` and `即时资讯、特别报道` name no place, a section's label
  const reportKind =
    place !== null && date === null && REPORTS.test(folded) && REPORT_KINDS.has(folded.slice(place[1] - 2, place[1]))
  if (reportKind) {
    place = [place![0], place![1] - 2]
    if (place[1] - place[0] < MIN_PLACE_ALONE || SEPARATOR_END.test(folded.slice(...place))) return null
  }
  // `中评社台北11月20日电`: a news agency the lexicon does not know, named as agencies are, before the place
  const agency = outlet === null && place !== null && date !== null ? AGENCY.exec(folded.slice(...place)) : null
  if (agency !== null && place![1] - place![0] - agency[0].length >= MIN_PLACE_ALONE) {
    outlet = [place![0], place![0] + agency[0].length]
    place = [outlet[1], place![1]]
  }
  // `中乡网安徽讯`: an outlet the lexicon does not know, branded as one, then a place jieba knows
  const branded = outlet === null && place !== null ? brandedOutletEnd(folded, place) : -1
  if (branded !== -1) {
    outlet = [place![0], branded]
    place = [branded, place![1]]
  }
  // `长江日报讯`, `揚子晚報網12月24日訊`: a brand; `云上通山报道`: a web outlet reporting
  if (
    outlet === null &&
    place !== null &&
    ((parse.report && !reportKind) || brandsOutlet(folded.slice(place[0], place[1])))
  ) {
    outlet = place
    place = null
  }
  const alone = outlet === null && date === null && place !== null ? place[1] - place[0] : null
  if (alone !== null && (alone > MAX_PLACE_ALONE || alone < MIN_PLACE_ALONE)) return null
  return { kind, outlet, place, date, ...(parse.reporters && { reporters: parse.reporters }) }
}

/** The last characters of an outlet's brand that a place may follow in a dateline: `中乡网`, `晨报`. */
const BRAND_ENDS = '网报'

/**
 * Where an outlet's name ends inside the words of `range` when they are a branded outlet, then a
 * place of jieba's (`中乡网安徽`: 3), or -1.
 */
function brandedOutletEnd(folded: string, [start, end]: [number, number]): number {
  for (let cut = start + 2; cut <= end - MIN_PLACE_ALONE; cut++) {
    if (BRAND_ENDS.includes(folded.charAt(cut - 1)) && isPlace(folded, cut, end)) return cut
  }
  return -1
}

/** Whether a role word of two characters or more stands in `folded`'s `range` (`记者` in `丁振雷、记者向黎鸣`). */
function holdsRoleWord(folded: string, [start, end]: [number, number], lexicon: Lexicon): boolean {
  for (let at = start; at < end - 1; at++) {
    const word = lexicon.rolePrefix(folded, at)
    if (word !== null && word.length > 1 && at + word.length <= end) return true
  }
  return false
}
