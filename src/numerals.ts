const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
/** `廿三` is 23, `卅一` is 31: the old tens of dates. */
const TENS: Record<string, number> = { 廿: 20, 卅: 30 }
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 }

/**
 * The value of a number written in Arabic digits, Chinese numerals or a mixture (one reader for
 * figures and dates):
 * `752.2亿` → 75220000000, `三千五百万` → 35000000, `1.2万` → 12000, `5,758` → 5758, `两` → 2.
 * Returns null for anything else.
 *
 * @example
 * numberValue('三千五百万') //=> 35000000
 */
export function numberValue(text: string): number | null {
  if (text.length === 0) return null
  // `三点五`: a Chinese decimal, its fraction in digits
  const point = /^(.*?)点([〇零一二三四五六七八九]+)(万|亿)?$/.exec(text)
  if (point !== null && point[1]!.length > 0) {
    const whole = numberValue(point[1]!)
    if (whole === null) return null
    const fraction = Number(`0.${[...point[2]!].map((c) => DIGIT[c]).join('')}`)
    return Number(((whole + fraction) * (point[3] === '万' ? 1e4 : point[3] === '亿' ? 1e8 : 1)).toPrecision(15))
  }
  let total = 0 // completed 亿 and 万 groups
  let section = 0 // the group being read, below 万
  let digit: number | null = null
  let i = 0
  while (i < text.length) {
    const char = text[i]!
    if (/[\d.,]/.test(char)) {
      let j = i
      while (j < text.length && /[\d.,]/.test(text[j]!)) j++
      const arabic = Number(text.slice(i, j).replace(/,/g, ''))
      if (Number.isNaN(arabic) || digit !== null) return null
      digit = arabic
      i = j
      continue
    }
    if (char in TENS) {
      if (digit !== null || section !== 0) return null
      section = TENS[char]!
    } else if (char in DIGIT) {
      if (digit !== null) {
        // `二〇二二` style runs of digits: read positionally
        digit = digit * 10 + DIGIT[char]!
      } else digit = DIGIT[char]!
    } else if (char in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[char]!
      digit = null
    } else if (char in BIG_UNIT) {
      const unit = BIG_UNIT[char]!
      if (unit === 1e8 && text[i - 1] === '万' && section === 0 && digit === null) {
        total *= 1e8 // `100万亿`: 万亿 is a unit of its own
        i++
        continue
      }
      const group = section + (digit ?? (section === 0 ? 1 : 0))
      if (unit === 1e8) total = (total + group) * unit
      else total += group * unit
      section = 0
      digit = null
    } else return null
    i++
  }
  const value = total + section + (digit ?? 0)
  return Number(value.toPrecision(15)) // `680.7亿` is 68070000000, not 68070000000.00001
}

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
