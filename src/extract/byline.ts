import type { Lexicon } from '../lexicon.js'
import type { Role } from '../schema.js'
import { parseByline } from '../../grammar/byline.js'
import { textMemo } from '../text-memo.js'

/** One contributor read from a byline; offsets relative to the text read. */
export interface ContributorReading {
  start: number
  end: number
  role: Role
  /** Where the role word stands, or null when the role was inferred. */
  roleWord: [start: number, end: number] | null
}

export interface BylineReading {
  outlet: [start: number, end: number] | null
  contributors: ContributorReading[]
  /** Names printed run together and split by surname: a guess worth a diagnostic. */
  guessedSplits: [start: number, end: number][]
}

export { CREDIT_MARK } from '../../grammar/byline-tokens.js'

/**
 * Reads a byline, `融媒体 郭龙君 通讯员 孙睿`: words separated by spaces, `、` or commas; a role
 * word applies to the names after it (`记者李增辉、刘峰`); a bare outlet first (`融媒体`) makes its
 * names reporters; an outlet's brand may stand before a role word (`湖北日报全媒记者`); `X摄` and a
 * closing `摄` mark photographers; single characters in a row are one spaced name (`张 胜 男`);
 * two names run together are split by surname (`毛潤民陳曦`, reported as a guess). With no role
 * word or outlet at all, every name must start with a known surname. Returns null when a word is
 * none of these: the text is then no byline. The grammar is `grammar/byline.ts` (its tokens in
 * `byline-tokens.ts`); the last readings of each lexicon are kept, and each caller gets a copy.
 *
 * @example
 * readByline('融媒体 郭龙君 通讯员 孙睿', lexicon)?.contributors.map((c) => c.role)
 * //=> ['reporter', 'correspondent']
 * readByline('今天天气很好。', lexicon) //=> null
 */
export function readByline(text: string, lexicon: Lexicon): BylineReading | null {
  const reading = readings(lexicon, text)
  return reading && mapReading(reading, same, same)
}

const same = (i: number): number => i

/** The readings of the texts read last, per lexicon; each caller gets a copy. */
const readings = textMemo((text, lexicon) => readText(text, lexicon))

function readText(text: string, lexicon: Lexicon): BylineReading | null {
  const folded = lexicon.fold(text)
  const spaced = letterSpaced(folded, lexicon)
  if (spaced === null) return parseByline(folded, lexicon)
  // `审 核:李 源`: read without the letter-spacing, offsets moved back to the text as printed
  const reading = parseByline(spaced.text, lexicon)
  if (reading === null) return null
  return mapReading(
    reading,
    (i) => spaced.at[i]!,
    (i) => spaced.at[i - 1]! + 1,
  )
}

/**
 * A reading of text that was joined or squeezed, with its offsets moved back to the text as
 * printed: `start` maps where a part starts, `end` where one ends.
 *
 * @example
 * mapReading(reading, (i) => i + 10, (i) => i + 10) // every offset 10 further on
 */
export function mapReading(
  reading: BylineReading,
  start: (i: number) => number,
  end: (i: number) => number,
): BylineReading {
  const back = ([s, e]: [number, number]): [number, number] => [start(s), end(e)]
  return {
    outlet: reading.outlet && back(reading.outlet),
    contributors: reading.contributors.map((c) => ({
      ...c,
      start: start(c.start),
      end: end(c.end),
      roleWord: c.roleWord && back(c.roleWord),
    })),
    guessedSplits: reading.guessedSplits.map(back),
  }
}

/** A word that ends in one character, then spaces, then a Han character alone: `记者刘 晨`. */
const GLUED_SURNAME = /(?<![\u3400-\u9fff])([\u3400-\u9fff]{3,7})( {1,2})(?=[\u3400-\u9fff](?![\u3400-\u9fff·]))/g

/** Whether a word is a role word (`记者`) or ends in one (`全媒体记者`). */
function roleEnding(word: string, lexicon: Lexicon): boolean {
  for (let from = 0; from <= word.length - 2; from++) if (lexicon.role(word.slice(from)) !== undefined) return true
  return false
}

/** A Han character standing alone between spaces, marks or the ends: one letter of a spaced word. */
const LETTER = /(?<![\u3400-\u9fff·])[\u3400-\u9fff](?![\u3400-\u9fff·])/g

/**
 * A byline printed letter-spaced, as label columns are set (`审 核:李 源`, `编 辑 张 三`): the
 * text with the spaces inside each run of lone characters dropped, where the run is a role word
 * or opens with a surname, and where each kept character stands in `folded`. Null when no run is.
 *
 * A pass before the grammar rather than a token: it moves the words' bounds (`核:李` and `源`
 * become `核:李源`) that every byline token is told by, and it looks at the whole run of letters
 * to split it into role words and names.
 */
function letterSpaced(folded: string, lexicon: Lexicon): { text: string; at: number[] } | null {
  if (!folded.includes(' ')) return null
  const drop = new Set<number>()
  let run: number[] = []
  const join = (from: number, to: number): void => {
    for (let k = from + 1; k < to; k++) for (let i = run[k - 1]! + 1; i < run[k]!; i++) drop.add(i)
  }
  const word = (from: number, length: number): string =>
    run
      .slice(from, from + length)
      .map((i) => folded.charAt(i))
      .join('')
  /** The role word of two to four letters at `from` in the run, as a length, or 0. */
  const roleAt = (from: number): number => {
    for (let length = Math.min(4, run.length - from); length >= 2; length--)
      if (lexicon.role(word(from, length)) !== undefined) return length
    return 0
  }
  // a run splits into role words and names that open with a surname: `编 辑 张 三` → 编辑 张三
  const close = (): void => {
    let k = 0
    while (k < run.length) {
      let length = roleAt(k)
      if (length === 0 && lexicon.surnameLength(word(k, Math.min(4, run.length - k))) > 0) {
        length = 1
        while (length < 4 && k + length < run.length && roleAt(k + length) === 0) length++
      }
      if (length >= 2) join(k, k + length)
      k += Math.max(length, 1)
    }
    run = []
  }
  LETTER.lastIndex = 0
  for (let match = LETTER.exec(folded); match !== null; match = LETTER.exec(folded)) {
    const previous = run[run.length - 1]
    if (previous !== undefined && !/^ {1,2}$/.test(folded.slice(previous + 1, match.index))) close()
    run.push(match.index)
  }
  close()
  // `记者刘 晨`: a role word, then a spaced name whose surname the type set against it
  GLUED_SURNAME.lastIndex = 0
  for (let match = GLUED_SURNAME.exec(folded); match !== null; match = GLUED_SURNAME.exec(folded)) {
    const surname = match.index + match[1]!.length - 1
    const role = match[1]!.slice(0, -1)
    if (lexicon.surnameLength(folded, surname) === 1 && roleEnding(role, lexicon))
      for (let i = surname + 1; i < surname + 1 + match[2]!.length; i++) drop.add(i)
  }
  if (drop.size === 0) return null
  const at: number[] = []
  let text = ''
  for (let i = 0; i < folded.length; i++) {
    if (drop.has(i)) continue
    text += folded.charAt(i)
    at.push(i)
  }
  return { text, at }
}
