import type { IToken } from 'chevrotain'
import type { LineTokenSpec, PageParser } from '../../grammar/index.js'
import type { Context, Line, LineKind, Run } from '../pipeline/context.js'

const KIND_OF_TOKEN: Record<string, LineKind> = {
  HeadingLine: 'heading',
  LeadLine: 'lead',
  ParenLine: 'paren',
  BodyLine: 'body',
  BulletLine: 'body',
  BlankLine: 'blank',
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0x09

/** `?` or U+FFFD: a character a converter could not encode. */
const isLost = (code: number): boolean => code === 0x3f || code === 0xfffd
/** An indent lost in conversion is at most this many characters. */
const MAX_LOST_INDENT = 4

/**
 * The length of a lost indent at `start`: up to `MAX_LOST_INDENT` lost characters and the spaces
 * after them (`??? 3月14日,…`), or a line of lost characters alone (`?`); 0 for anything else.
 */
function lostIndent(text: string, start: number, end: number): number {
  let i = start
  while (i < end && i - start < MAX_LOST_INDENT && isLost(text.charCodeAt(i))) i++
  if (i === start) return 0
  if (i === end) return i - start
  if (!isSpace(text.charCodeAt(i))) return 0
  while (i < end && isSpace(text.charCodeAt(i))) i++
  return i - start
}

const PIPE = 0x7c

/**
 * The length of a table's empty cells after a line's words, a converter's residue of a layout
 * table (`全国两会四川代表团今日启程赴京 | ||||||||`): a space, then only bars and spaces, on a line
 * whose words hold no bar; 0 for anything else, a table's row among them (`日 | 一 | 二 |`).
 */
function emptyCells(text: string, start: number, end: number): number {
  let i = end
  while (i > start && (text.charCodeAt(i - 1) === PIPE || isSpace(text.charCodeAt(i - 1)))) i--
  if (i === end || i === start || !isSpace(text.charCodeAt(i))) return 0
  for (let k = start; k < i; k++) if (text.charCodeAt(k) === PIPE) return 0
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--
  return end - i
}

/** Turns a line token into a `Line`: content bounds, hard break, heading level, dateline words. */
export function lineFromToken(
  token: IToken,
  base: number,
  text: string,
  specs?: ReadonlyMap<string, LineTokenSpec>,
): Line {
  const start = base + token.startOffset
  let end = start + token.image.length
  if (text.charCodeAt(end - 1) === 0x0a) end--
  let contentEnd = end
  while (contentEnd > start && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--
  const hardBreak = end - contentEnd >= 2
  const lastChar = contentEnd
  // a layout table's empty cells after the words are left out of the content, kept in the line's extent
  contentEnd -= emptyCells(text, start, contentEnd)
  let contentStart = start
  while (contentStart < contentEnd && isSpace(text.charCodeAt(contentStart))) contentStart++
  const begin = contentStart
  // an indent lost in conversion is left out of the content and kept in the line's extent, as a bullet is
  const lost = lostIndent(text, contentStart, contentEnd)
  contentStart += lost
  const spec = specs?.get(token.tokenType.name)
  if (spec !== undefined)
    return pluginLine(
      spec,
      { kind: 'body', token: spec.name, start, begin, contentStart, contentEnd, end: contentEnd, hardBreak, level: 0 },
      text,
    )
  const kind = KIND_OF_TOKEN[token.tokenType.name] ?? 'body'
  let level = 0
  if (kind === 'heading') {
    while (text.charCodeAt(contentStart) === 0x23) {
      level++
      contentStart++
    }
    while (contentStart < contentEnd && isSpace(text.charCodeAt(contentStart))) contentStart++
    // an optional closing sequence: `## 标题 ##`
    let close = contentEnd
    while (close > contentStart && text.charCodeAt(close - 1) === 0x23) close--
    if (close < contentEnd && (close === contentStart || isSpace(text.charCodeAt(close - 1)))) {
      contentEnd = close
      while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--
    }
  }
  const line: Line = {
    kind,
    token: token.tokenType.name,
    start,
    begin,
    contentStart,
    contentEnd,
    end: lastChar,
    hardBreak,
    level,
  }
  if (token.tokenType.name === 'BulletLine') line.bullet = true
  if (lost > 0) {
    // characters a converter could not encode: an indent (`??? 3月14日,…`), or nothing at all (`?`)
    if (contentStart >= contentEnd) line.kind = 'chrome'
    else line.opensParagraph = true
  }
  if (kind === 'lead') {
    const close = text.indexOf('**', contentStart + 2)
    let rest = close + 2
    while (rest < contentEnd && isSpace(text.charCodeAt(rest))) rest++
    line.lead = { words: { start: contentStart + 2, end: close }, rest, whole: rest >= contentEnd }
  }
  return line
}

/** A line a plugin's token matched: its opening tells the category's reading. */
function pluginLine(spec: LineTokenSpec, line: Line, text: string): Line {
  const opening = new RegExp(spec.pattern.source, `${spec.pattern.flags.replace(/[gymd]/g, '')}y`)
  opening.lastIndex = line.contentStart
  const match = opening.exec(text)
  const openingEnd = match === null ? line.contentStart : line.contentStart + match[0].length
  let rest = openingEnd
  while (rest < line.contentEnd && isSpace(text.charCodeAt(rest))) rest++
  if (spec.category === 'banner') {
    line.kind = 'heading'
    line.level = spec.level ?? 1
    if (rest < line.contentEnd) line.contentStart = rest // `专栏:X` → `X`; `【今日关注】` stays whole
  } else if (spec.category === 'dateline') {
    const words = text.slice(line.contentStart, openingEnd)
    const open = /^[【[〔(]/.test(words) ? 1 : 0
    const close = /[】\]〕)]$/.test(words) ? 1 : 0
    line.kind = 'lead'
    line.lead = { words: { start: line.contentStart + open, end: openingEnd - close }, rest }
  } else {
    line.credit = true
  }
  return line
}

/**
 * parse: tokens → runs of lines, by the page grammar. Runs of the same kind that meet at a
 * chunk boundary are merged, so chunking never changes the result.
 */
export function parse(ctx: Context, parser: PageParser, specs?: ReadonlyMap<string, LineTokenSpec>): void {
  const { text } = ctx.normalized
  for (const { base, tokens } of ctx.chunks) {
    parser.input = tokens
    const runs = parser.page()
    for (const error of parser.errors) {
      const start = base + error.token.startOffset
      ctx.report('parse/unexpected-line', 'error', error.message, { start, end: start + error.token.image.length })
    }
    for (const run of runs) {
      const lines = run.tokens.map((token) => lineFromToken(token, base, text, specs))
      const last: Run | undefined = ctx.runs[ctx.runs.length - 1]
      // within a chunk runs alternate; the same kind twice means a chunk boundary fell inside a run
      if (last !== undefined && last.kind === run.kind) {
        last.lines.push(...lines)
      } else {
        ctx.runs.push({ kind: run.kind, lines })
      }
    }
  }
}
