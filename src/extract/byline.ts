import type { Lexicon } from '../lexicon.js'
import type { Role } from '../schema.js'

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
}

/** Separates byline tokens: spaces, `、`, commas, semicolons. */
const SEPARATOR = /[\s、,，;；]+/g
/** Between a role word and a name: `作者:孟军`, `记者/简文湘`. */
const ROLE_NAME_JOINER = /^[:：/／]/
/** A personal name: two to four Han characters, or a longer one with `·` (`阿依古丽·买买提`). */
const NAME = /^(?:[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{1,8}(?:·[\u3400-\u9fff]{1,8})+)$/

/**
 * Reads the inside of a byline, `融媒体 郭龙君 通讯员 孙睿`: tokens separated by spaces or `、`;
 * a role word applies to the names after it; a bare outlet first (`融媒体`) makes its names
 * reporters. With no role word or outlet at all, every name must start with a known surname.
 * Returns null when a token is neither a role word, an outlet nor a name.
 *
 * @example
 * readByline('融媒体 郭龙君 通讯员 孙睿', lexicon)?.contributors.map((c) => c.role)
 * //=> ['reporter', 'correspondent']
 */
export function readByline(text: string, lexicon: Lexicon): BylineReading | null {
  const folded = lexicon.fold(text)
  const contributors: ContributorReading[] = []
  let outlet: BylineReading['outlet'] = null
  let role: Role | null = null
  let roleWord: ContributorReading['roleWord'] = null
  let marked = false
  const addName = (start: number, end: number): boolean => {
    const name = folded.slice(start, end)
    const trailing = lexicon.trailingRoleSuffix(name)
    if (trailing !== null && NAME.test(name.slice(0, -trailing.length))) {
      const wordStart = end - trailing.length
      contributors.push({ start, end: wordStart, role: lexicon.trailingRole(trailing)!, roleWord: [wordStart, end] })
      marked = true
      return true
    }
    if (!NAME.test(name)) return false
    contributors.push({ start, end, role: role ?? 'other', roleWord })
    return true
  }
  SEPARATOR.lastIndex = 0
  let tokenStart = 0
  const tokens: [number, number][] = []
  for (let match = SEPARATOR.exec(folded); match !== null; match = SEPARATOR.exec(folded)) {
    if (match.index > tokenStart) tokens.push([tokenStart, match.index])
    tokenStart = match.index + match[0].length
  }
  if (tokenStart < folded.length) tokens.push([tokenStart, folded.length])
  for (const [index, [start, end]] of tokens.entries()) {
    const token = folded.slice(start, end)
    if (index === 0 && lexicon.isOutlet(token)) {
      outlet = [start, end]
      role = 'reporter'
      roleWord = null
      marked = true
      continue
    }
    const word = lexicon.rolePrefix(token)
    if (word !== null) {
      role = lexicon.role(word)!
      roleWord = [start, start + word.length]
      marked = true
      const outletWord = lexicon.outletPrefix(word)
      if (outlet === null && outletWord !== null && outletWord.length < word.length) outlet = [start, start + outletWord.length]
      let nameStart = start + word.length
      if (ROLE_NAME_JOINER.test(folded.slice(nameStart, nameStart + 1))) nameStart++
      if (nameStart < end && !addName(nameStart, end)) return null
      continue
    }
    if (!addName(start, end)) return null
  }
  if (contributors.length === 0) return null
  if (!marked && contributors.some((c) => lexicon.surnameLength(folded, c.start) === 0)) return null
  return { outlet, contributors }
}
