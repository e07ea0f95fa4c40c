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
  /** Names printed run together and split by surname: a guess worth a diagnostic. */
  guessedSplits: [start: number, end: number][]
}

/** Separates byline tokens: spaces, `、`, commas, semicolons. */
const SEPARATOR = /[\s、,，;；]+/g
/** Between a role word and a name: `作者:孟军`, `记者/简文湘`. */
const JOINER = /[:：/／]/
/** Marks that open a byline line: `■ 本報記者 趙宗鋒`, `◎文/…`, `□ 田昀澍`, `●南洋网`. */
export const CREDIT_MARK = /^[■□◎●○▲△◆◇★☆☉]+/
/** A personal name: two to four Han characters, or one with `·` (`阿依古丽·买买提`). */
const NAME = /^(?:[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{1,8}(?:·[\u3400-\u9fff]{1,8})+)$/
const HAN = /^[\u3400-\u9fff]$/
/** `龚玉(实习)`, `张三(通讯员)`: a name and its role in brackets (folded). */
const ROLE_NOTE = /^([\u3400-\u9fff]{2,4})\(([\u3400-\u9fff]{1,5})\)$/
/** An outlet's brand before a role word: `湖北日报全媒记者`, `辽沈晚报首席记者`, `徐报融媒记者`. */
const BRAND = /^[\u3400-\u9fff]{1,10}(?:报|网|台|社|刊|视|频道|中心)$/
/** `北京报道`, `诸葛万报道`: reporting from a place, or a name with its verb. */
const REPORTS = '报道'
/** Words that close a byline and say what its names did: `（本报记者 李四 参与采写）`. */
const CLOSING_WORDS = new Set([
  '参与采写',
  '参与采访',
  '参与报道',
  '采写',
  '联合报道',
  '综合报道',
  '摄影报道',
  '图文报道',
])

/**
 * Reads a byline, `融媒体 郭龙君 通讯员 孙睿`: tokens separated by spaces, `、` or commas; a role
 * word applies to the names after it (`记者李增辉、刘峰`); a bare outlet first (`融媒体`) makes its
 * names reporters; an outlet's brand may stand before a role word (`湖北日报全媒记者`); `X摄` and a
 * closing `摄` mark photographers; single characters in a row are one spaced name (`张 胜 男`);
 * two names run together are split by surname (`毛潤民陳曦`, reported as a guess). With no role
 * word or outlet at all, every name must start with a known surname. Returns null when a token is
 * none of these: the text is then no byline.
 *
 * @example
 * readByline('融媒体 郭龙君 通讯员 孙睿', lexicon)?.contributors.map((c) => c.role)
 * //=> ['reporter', 'correspondent']
 */
export function readByline(text: string, lexicon: Lexicon): BylineReading | null {
  const folded = lexicon.fold(text)
  const spaced = letterSpaced(folded, lexicon)
  if (spaced === null) return readFolded(folded, lexicon)
  // `审 核:李 源`: read without the letter-spacing, offsets moved back to the text as printed
  const reading = readFolded(spaced.text, lexicon)
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

/** A Han character standing alone between spaces, marks or the ends: one letter of a spaced word. */
const LETTER = /(?<![\u3400-\u9fff·])[\u3400-\u9fff](?![\u3400-\u9fff·])/g

/**
 * A byline printed letter-spaced, as label columns are set (`审 核:李 源`, `编 辑 张 三`): the
 * text with the spaces inside each run of lone characters dropped, where the run is a role word
 * or opens with a surname, and where each kept character stands in `folded`. Null when no run is.
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

function readFolded(folded: string, lexicon: Lexicon): BylineReading | null {
  const reading: BylineReading = { outlet: null, contributors: [], guessedSplits: [] }
  let role: Role | null = null
  let roleWord: ContributorReading['roleWord'] = null
  let groupStart = 0 // first contributor of the current role word
  let marked = false
  const add = (start: number, end: number, as: Role | null = role, word = roleWord): void => {
    reading.contributors.push({ start, end, role: as ?? 'other', roleWord: word })
  }
  /** A name token, or two names run together, or a name with `摄`/`报道` glued on. */
  const addNames = (start: number, end: number): boolean => {
    const name = folded.slice(start, end)
    if (name.endsWith(REPORTS) && (role === 'reporter' || role === null)) {
      const who = name.slice(0, -REPORTS.length)
      if (NAME.test(who) && lexicon.surnameLength(who) > 0) add(start, end - REPORTS.length)
      return who.length > 0 // a place reported from (`北京报道`) is read and dropped
    }
    const trailing = lexicon.trailingRoleSuffix(name)
    if (trailing !== null && NAME.test(name.slice(0, -trailing.length))) {
      const wordStart = end - trailing.length
      add(start, wordStart, lexicon.trailingRole(trailing)!, [wordStart, end])
      marked = true
      return true
    }
    // `龚玉(实习)`: the name's role in brackets after it
    const noted = ROLE_NOTE.exec(name)
    if (noted !== null) {
      const noteRole = lexicon.role(noted[2]!) ?? (noted[2] === '实习' ? 'intern' : undefined)
      if (noteRole === undefined || !NAME.test(noted[1]!)) return false
      const wordStart = start + noted[1]!.length + 1
      add(start, start + noted[1]!.length, noteRole, [wordStart, wordStart + noted[2]!.length])
      marked = true
      return true
    }
    const paper = gluedOutlet(name)
    if (paper > 0 && index === tokens.length - 1) {
      // `杨湛联合报`: the last name with its paper glued on
      add(start, start + paper)
      if (reading.outlet === null) reading.outlet = [start + paper, end]
      return true
    }
    if (NAME.test(name) && (name.length <= 3 || !splitRunTogether(start, end, true))) {
      add(start, end)
      return true
    }
    return splitRunTogether(start, end, false)
  }
  /**
   * Where a name ends and an outlet glued after it starts (`杨湛联合报` → 2), or 0: a known outlet
   * first, else an outlet's name (`…日报`, `…网`) after the longest name.
   */
  const gluedOutlet = (name: string): number => {
    if (name.length < 4) return 0
    const cuts = [4, 3, 2].filter(
      (cut) => name.length - cut >= 2 && NAME.test(name.slice(0, cut)) && lexicon.surnameLength(name) > 0,
    )
    return (
      cuts.find((cut) => lexicon.isOutlet(name.slice(cut))) ??
      cuts.find((cut) => cut < 4 && lexicon.isOutletName(name.slice(cut))) ??
      0
    )
  }
  /** `毛潤民陳曦` → `毛潤民` + `陳曦`: the one cut where both sides are names opening with a surname. */
  const splitRunTogether = (start: number, end: number, dryRun: boolean): boolean => {
    const name = folded.slice(start, end)
    if (name.length < 4 || name.length > 8 || !/^[\u3400-\u9fff]+$/.test(name) || lexicon.surnameLength(name) === 0)
      return false
    const cuts: number[] = []
    for (let cut = 2; cut <= name.length - 2; cut++) {
      if (cut <= 4 && name.length - cut <= 4 && lexicon.surnameLength(name, cut) > 0) cuts.push(cut)
    }
    // 4 characters with a cut is more often one name (`欧阳娜娜`, `司马南`): keep it whole unless sure
    if (cuts.length !== 1 || (name.length === 4 && lexicon.surnameLength(name) > 1)) return false
    if (dryRun) return name.length > 4
    add(start, start + cuts[0]!)
    add(start + cuts[0]!, end)
    reading.guessedSplits.push([start, end])
    return true
  }

  const tokens = tokenize(folded)
  let index = 0
  for (; index < tokens.length; index++) {
    let [start, end] = tokens[index]!
    const mark = CREDIT_MARK.exec(folded.slice(start, end))
    if (mark !== null) start += mark[0].length
    if (start === end) continue
    const token = folded.slice(start, end)
    if (index === tokens.length - 1 && reading.contributors.length > 0 && CLOSING_WORDS.has(token)) continue
    if (index === 0 && lexicon.isOutlet(token)) {
      reading.outlet = [start, end]
      role = 'reporter'
      roleWord = null
      marked = true
      groupStart = reading.contributors.length
      continue
    }
    // a closing `摄`: the names since the last role word took the pictures
    if (lexicon.trailingRole(token) !== undefined && reading.contributors.length > groupStart) {
      for (const c of reading.contributors.slice(groupStart)) {
        c.role = lexicon.trailingRole(token)!
        c.roleWord = [start, end]
      }
      marked = true
      continue
    }
    const word = roleAt(token, lexicon)
    if (word !== null) {
      const wordStart = start + word.at
      const wordEnd = wordStart + word.word.length
      role = lexicon.role(word.word)!
      roleWord = [word.at > 0 ? start : wordStart, wordEnd]
      marked = true
      groupStart = reading.contributors.length
      const outletWord = word.at > 0 ? token.slice(0, word.at) : lexicon.outletPrefix(word.word)
      if (reading.outlet === null && outletWord !== null && outletWord.length < wordEnd - start) {
        reading.outlet = [start, start + outletWord.length]
      }
      let nameStart = wordEnd
      if (JOINER.test(folded.charAt(nameStart))) nameStart++
      // `文/徐报融媒记者 王正喜`: a second role word describes the first (text by a reporter)
      const chained = nameStart > wordEnd ? roleAt(folded.slice(nameStart, end), lexicon) : null
      if (chained !== null) {
        const chainedEnd = nameStart + chained.at + chained.word.length
        if (reading.outlet === null && chained.at > 0) reading.outlet = [nameStart, nameStart + chained.at]
        roleWord = [roleWord[0], chainedEnd]
        nameStart = chainedEnd
      }
      if (nameStart < end && !addNames(nameStart, end)) return null
      continue
    }
    // single characters in a row are one name printed with spaces: `张 胜 男`, `曾  强`
    if (HAN.test(token)) {
      let last = index
      while (last + 1 < tokens.length && last - index < 2 && HAN.test(folded.slice(...tokens[last + 1]!))) last++
      if (last === index || lexicon.surnameLength(token) === 0) return null
      add(start, tokens[last]![1])
      index = last
      continue
    }
    if (!addNames(start, end)) return null
  }
  if (reading.contributors.length === 0) return null
  if (!marked && reading.contributors.some((c) => lexicon.surnameLength(folded, c.start) === 0)) return null
  return reading
}

function tokenize(folded: string): [number, number][] {
  const tokens: [number, number][] = []
  SEPARATOR.lastIndex = 0
  let tokenStart = 0
  for (let match = SEPARATOR.exec(folded); match !== null; match = SEPARATOR.exec(folded)) {
    if (match.index > tokenStart) tokens.push([tokenStart, match.index])
    tokenStart = match.index + match[0].length
  }
  if (tokenStart < folded.length) tokens.push([tokenStart, folded.length])
  return tokens
}

/**
 * The role word of a token: at its start (`记者李增辉`, `作者:孟军`), or after an outlet's brand
 * (`湖北日报全媒记者`). A one-character role word counts only before `/` or `:`.
 */
function roleAt(token: string, lexicon: Lexicon): { word: string; at: number } | null {
  const usable = (word: string | null, at: number): word is string =>
    word !== null && (word.length > 1 || JOINER.test(token.charAt(at + 1)) || token.length === 1)
  const first = lexicon.rolePrefix(token)
  if (usable(first, 0)) return { word: first, at: 0 }
  for (let at = 2; at < token.length - 1; at++) {
    const word = lexicon.rolePrefix(token, at)
    if (usable(word, at) && word.length > 1 && BRAND.test(token.slice(0, at)) && at + word.length <= token.length) {
      return { word, at }
    }
  }
  return null
}
