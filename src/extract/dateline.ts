import type { Lexicon } from '../lexicon.js'
import { smallNumber } from '../numerals.js'

/** A dateline read from folded text; offsets are relative to that text. */
export interface DatelineReading {
  kind: 'xun' | 'dian'
  outlet: [start: number, end: number] | null
  place: [start: number, end: number] | null
  date: { start: number; end: number; month?: number; day?: number } | null
}

const KIND: Record<string, DatelineReading['kind']> = {
  讯: 'xun',
  电: 'dian',
  报道: 'xun',
  报导: 'xun',
  专讯: 'xun',
  专电: 'dian',
  消息: 'xun',
}
/**
 * Kind words of two characters: a web outlet's `报道`, Taiwan's `报导` (報導) and `专电` (專電),
 * Hong Kong's `专讯` (專訊) and Macau's `消息` (`【本報消息】`, after an outlet only).
 */
const LONG_KINDS = ['报道', '报导', '专讯', '专电', '消息']
/** `12月21日` or `21日` at the end, Arabic or Chinese numerals. */
const DATE_AT_END = /(?:([0-9]{1,2}|[〇一二三四五六七八九十]{1,3})月)?([0-9]{1,2}|[〇一二三四五六七八九十廿卅]{1,3})日$/
/**
 * What a dateline's words may contain: Han characters and digits, nothing that ends a clause; `、`
 * and `·` between places (`芙蓉、波德申26日讯`, `吉打·亚罗士打17日讯`).
 */
const DATELINE_WORDS = /^[\u3400-\u9fff0-9〇](?:[\u3400-\u9fff0-9〇、·]*[\u3400-\u9fff0-9〇])?$/
/** A name that brands an outlet rather than a place: `长江日报`, `秀山网` (not `烟台`, a city). */
const OUTLET_BRAND = /(?:网|报|电视台|广播台)$/
const MAX_LENGTH = 24
/** A place alone (`东昌府讯`) is short: the longest province name has eight characters. */
const MAX_PLACE_ALONE = 8
/** `中央社／ `: an agency's name and a slash before the place (folded `／` is `/`). */
const AGENCY_SLASH = /^([\u3400-\u9fff]{2,6})\s*\/\s*/
/** Words of a sentence, never of a dateline: `日本朝日电视台的山本志门是第三次报道`. */
const SENTENCE_WORDS = /[的是了着过]/

/**
 * Reads a dateline such as `东昌府讯`, `新华社北京12月21日电`, `云上通山报道` (a web outlet's
 * `报道` reads as 讯), `台北报导` (a place) or `明报专讯` (an outlet), already folded (`訊` → `讯`).
 * Returns null when the words are not a dateline.
 *
 * @example
 * readDateline('本报北京12月21日电', lexicon)
 * //=> { kind: 'dian', outlet: [0, 2], place: [2, 4], date: { start: 4, end: 10, month: 12, day: 21 } }
 */
export function readDateline(folded: string, lexicon: Lexicon): DatelineReading | null {
  const word = LONG_KINDS.find((kind) => folded.endsWith(kind)) ?? folded.charAt(folded.length - 1)
  const kind = KIND[word]
  const body = folded.slice(0, -word.length)
  if (kind === undefined || body.length === 0 || body.length > MAX_LENGTH) return null
  // `中央社／ 台北7日電`: an agency, a slash, then the place and day
  const agency = AGENCY_SLASH.exec(body)
  const agencyWord = agency !== null && lexicon.outletPrefix(agency[1]!) === agency[1] ? agency : null
  const words = agencyWord === null ? body : body.slice(agencyWord[0].length)
  if (!DATELINE_WORDS.test(words)) return null
  if (body.startsWith('据') || SENTENCE_WORDS.test(body)) return null // `据新华社电`: a source, not a dateline
  const outletWord = agencyWord?.[1] ?? lexicon.outletPrefix(body)
  const rest = agencyWord?.[0].length ?? outletWord?.length ?? 0
  let date: DatelineReading['date'] = null
  const dateMatch = DATE_AT_END.exec(body.slice(rest))
  if (dateMatch !== null) {
    const start = rest + dateMatch.index
    const month = dateMatch[1] === undefined ? undefined : (smallNumber(dateMatch[1]) ?? undefined)
    const day = smallNumber(dateMatch[2]!) ?? undefined
    if (day !== undefined && day >= 1 && day <= 31 && (month === undefined || (month >= 1 && month <= 12))) {
      date = { start, end: body.length, ...(month !== undefined && { month }), day }
    }
  }
  const placeEnd = date?.start ?? body.length
  let outlet: DatelineReading['outlet'] = outletWord === null ? null : [0, outletWord.length]
  let place: DatelineReading['place'] = placeEnd > rest ? [rest, placeEnd] : null
  // `长江日报讯`, `揚子晚報網12月24日訊`: a brand; `云上通山报道`: a web outlet reporting
  if (outlet === null && place !== null && (OUTLET_BRAND.test(body.slice(place[0], place[1])) || word === '报道')) {
    outlet = place
    place = null
  }
  if (outlet === null && place === null) return null
  if (word === '消息' && outletWord === null) return null // `【最新消息】` is a heading
  if (outlet === null && date === null && place !== null && place[1] - place[0] > MAX_PLACE_ALONE) return null
  if (word === '报道' && (date !== null || body.length > 10)) return null
  return { kind, outlet, place, date }
}
