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
  for (let i = 0; i < characters.length; i++) {
    const char = characters[i]!
    if (char === '\\') {
      flags[characters.charCodeAt(++i)] = 1
    } else if (characters[i + 1] === '-' && i + 2 < characters.length) {
      for (let code = char.charCodeAt(0); code <= characters.charCodeAt(i + 2); code++) flags[code] = 1
      i += 2
    } else {
      flags[char.charCodeAt(0)] = 1
    }
  }
  return flags
}

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
