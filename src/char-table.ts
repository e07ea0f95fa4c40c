/** The characters of a regular expression's `\s`, written for `charTable`. */
export const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'

/**
 * A lookup table of the characters of a class written like `0-9年月\\-` (ranges, escapes):
 * one byte per UTF-16 code unit, for scanning text a character at a time.
 *
 * @example
 * charTable('0-9年')['年'.charCodeAt(0)] //=> 1
 */
export function charTable(characters: string): Uint8Array {
  const flags = new Uint8Array(0x10000)
  forEachCode(characters, (code) => {
    flags[code] = 1
  })
  return flags
}

/**
 * Calls `visit` with each code of a class written as for `charTable`, in the order written (a code
 * written twice comes twice).
 *
 * @example
 * const codes: number[] = []
 * forEachCode('0-2年', (code) => codes.push(code)) // codes: 0x30, 0x31, 0x32, 0x5e74
 */
export function forEachCode(characters: string, visit: (code: number) => void): void {
  for (let i = 0; i < characters.length; i++) {
    const char = characters[i]!
    if (char === '\\') {
      visit(characters.charCodeAt(++i))
    } else if (characters[i + 1] === '-' && i + 2 < characters.length) {
      for (let code = char.charCodeAt(0); code <= characters.charCodeAt(i + 2); code++) visit(code)
      i += 2
    } else {
      visit(char.charCodeAt(0))
    }
  }
}

/** Whether a UTF-16 code is a Han character (CJK Extension A and the Unified Ideographs). */
export const isHan = (code: number): boolean => code >= 0x3400 && code <= 0x9fff

/**
 * The UTF-16 code at `index`, or 0 outside the text: an index into a `charTable` that is always a
 * small integer. (Reading past the end makes `charCodeAt` return NaN, and optimised code that
 * meets it is thrown away: hot loops must never do it.)
 *
 * @example
 * codeAt('年', 1) //=> 0
 */
export const codeAt = (text: string, index: number): number =>
  index >= 0 && index < text.length ? text.charCodeAt(index) : 0
