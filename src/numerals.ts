/** Values of the Chinese numerals, by UTF-16 code: digits 0–9, then the units and old tens. */
const DIGIT = new Int8Array(0x10000).fill(-1)
for (const [chars, value] of [
  ['〇零', 0],
  ['一', 1],
  ['二两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
] as const) {
  for (const char of chars) DIGIT[char.charCodeAt(0)] = value
}
const TEN = 0x5341 // 十
const HUNDRED = 0x767e // 百
const THOUSAND = 0x5343 // 千
const WAN = 0x4e07 // 万
const YI = 0x4ebf // 亿
const NIAN = 0x5eff // 廿: the old 20 of dates
const SA = 0x5345 // 卅: the old 30
const POINT = '点'
const TWO = 0x4e24 // 两: not a digit after 点

const isArabic = (code: number): boolean => (code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x2c

/**
 * The value of a number written in Arabic digits, Chinese numerals or a mixture (one reader for
 * figures and dates):
 * `752.2亿` → 75220000000, `三千五百万` → 35000000, `1.2万` → 12000, `5,758` → 5758, `两` → 2.
 * Returns null for anything else. One pass over the characters, no allocation for most numbers.
 *
 * @example
 * numberValue('三千五百万') //=> 35000000
 */
export function numberValue(text: string): number | null {
  if (text.length === 0) return null
  const point = text.indexOf(POINT)
  if (point !== -1) return pointValue(text, point)
  let total = 0 // completed 亿 and 万 groups
  let section = 0 // the group being read, below 万
  let digit = -1 // the digit or Arabic number waiting for its unit; -1 when none
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (isArabic(code)) {
      let j = i + 1
      while (j < text.length && isArabic(text.charCodeAt(j))) j++
      const run = text.slice(i, j)
      const arabic = Number(run.includes(',') ? run.replaceAll(',', '') : run)
      if (Number.isNaN(arabic) || digit !== -1) return null
      digit = arabic
      i = j
      continue
    }
    const value = DIGIT[code]!
    if (value !== -1) {
      digit = digit === -1 ? value : digit * 10 + value // `二〇二二`: a run of digits reads positionally
    } else if (code === TEN || code === HUNDRED || code === THOUSAND) {
      section += (digit === -1 ? 1 : digit) * (code === TEN ? 10 : code === HUNDRED ? 100 : 1000)
      digit = -1
    } else if (code === NIAN || code === SA) {
      if (digit !== -1 || section !== 0) return null
      section = code === NIAN ? 20 : 30
    } else if (code === WAN || code === YI) {
      if (code === YI && i > 0 && text.charCodeAt(i - 1) === WAN && section === 0 && digit === -1) {
        total *= 1e8 // `100万亿`: 万亿 is a unit of its own
        i++
        continue
      }
      const group = section + (digit !== -1 ? digit : section === 0 ? 1 : 0)
      if (code === YI) total = (total + group) * 1e8
      else total += group * 1e4
      section = 0
      digit = -1
    } else return null
    i++
  }
  return round(total + section + (digit === -1 ? 0 : digit))
}

/** `三点五`, `二点五万`: a Chinese decimal, its fraction in digits, then perhaps 万 or 亿. */
function pointValue(text: string, point: number): number | null {
  let end = text.length
  const last = text.charCodeAt(end - 1)
  const scale = last === WAN ? 1e4 : last === YI ? 1e8 : 1
  if (scale !== 1) end--
  if (point === 0 || end === point + 1) return null
  let digits = '0.'
  for (let i = point + 1; i < end; i++) {
    const code = text.charCodeAt(i)
    if (DIGIT[code] === -1 || code === TWO) return null
    digits += DIGIT[code]
  }
  const whole = numberValue(text.slice(0, point))
  return whole === null ? null : round((whole + Number(digits)) * scale)
}

/** `680.7亿` is 68070000000, not 68070000000.00001 (a whole value needs no rounding). */
const round = (value: number): number =>
  Number.isInteger(value) && value < 1e15 ? value : Number(value.toPrecision(15))

/**
 * A small whole number, as in dates (`21`, `二十一`, `廿三`, `十二`), or null.
 *
 * @example
 * smallNumber('廿三') //=> 23
 */
export function smallNumber(text: string): number | null {
  const value = numberValue(text)
  return value !== null && Number.isInteger(value) && value >= 0 && value <= 99 ? value : null
}
