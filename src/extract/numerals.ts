const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}

/**
 * Reads a small number written in Arabic digits or Chinese numerals (up to 99), as found in
 * dates: `21`, `二十一`, `廿三`, `十二`. Returns null for anything else.
 *
 * @example
 * smallNumber('二十一') //=> 21
 * smallNumber('廿三') //=> 23
 */
export function smallNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text)
  let value = 0
  let digit: number | null = null
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (char === '十' || char === '廿' || char === '卅') {
      const tens = char === '十' ? (digit ?? 1) : char === '廿' ? 2 : 3
      if (value !== 0 || (char !== '十' && digit !== null)) return null
      value = tens * 10
      digit = null
    } else if (char in DIGITS) {
      if (digit !== null) return null
      digit = DIGITS[char]!
    } else {
      return null
    }
  }
  if (text.length === 0) return null
  return value + (digit ?? 0)
}
