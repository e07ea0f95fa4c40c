/**
 * Line tokens of a page. Each token is one whole line including its line feed, so a page
 * lexes to about as many tokens as it has lines. The patterns run on the normalised text
 * (CRLF folded to LF, full-width brackets and U+3000 folded to ASCII, a final LF ensured), so
 * they never see `（` or `\r` and every line ends with `\n`.
 *
 * No meaning lives here: a `ParenLine` may be a byline, a trailing dateline or a caption; a
 * `LeadLine` may start with a dateline or with any bold words; a `BulletLine` may be a brief item
 * or a credit (`■ 本報記者 趙宗鋒`). The label and build steps decide.
 */
import { createToken, Lexer, type TokenType } from 'chevrotain'

/**
 * The categories the grammar consumes. A plugin's token joins one of them: `Banner` lines are
 * headings (a column banner, a kicker, a title), `Dateline` lines open a paragraph with a
 * dateline, `Byline` lines are credits.
 */
export const Banner: TokenType = createToken({ name: 'Banner', pattern: Lexer.NA })
export const Dateline: TokenType = createToken({ name: 'Dateline', pattern: Lexer.NA })
export const Byline: TokenType = createToken({ name: 'Byline', pattern: Lexer.NA })
/** `BriefItem` lines open an item of a run of briefs: each item is an article of its own. */
export const BriefItem: TokenType = createToken({ name: 'BriefItem', pattern: Lexer.NA })

/**
 * The start characters of a catch-all line: every UTF-16 code unit but LF. chevrotain's first-char
 * table gives each code below 256 its own entry and groups the codes above in blocks of 255, so
 * one code per block fills the table as the whole range would, at a hundredth of the build cost.
 * `tests/grammar.test.ts` lexes every code unit to hold this true.
 */
const ANY_BUT_LF: number[] = []
for (let code = 0; code < 0x10000; code += code < 0x100 ? 1 : 0xff) if (code !== 0x0a) ANY_BUT_LF.push(code)
ANY_BUT_LF.push(0xffff) // the last block holds this code alone

/** `   \n` — an empty or whitespace-only line (a page or column break inside an article; `\f`, a PDF converter's page break). */
export const BlankLine: TokenType = createToken({
  name: 'BlankLine',
  pattern: /[ \t\f\v]*\n/,
  start_chars_hint: [' ', '\t', '\f', '\v', '\n'],
  line_breaks: true,
})

/** `## 宣讲进行时` — an ATX heading, up to three spaces of indent, one to six `#`. */
export const HeadingLine: TokenType = createToken({
  name: 'HeadingLine',
  pattern: / {0,3}#{1,6}(?:[ \t][^\n]*)?\n/,
  start_chars_hint: [' ', '#'],
  categories: [Banner],
  line_breaks: true,
})

/** `**东昌府讯** 今年以来,…` — a line that opens with bold words. */
export const LeadLine: TokenType = createToken({
  name: 'LeadLine',
  pattern: /\*\*[^*\n]+\*\*[^\n]*\n/,
  start_chars_hint: ['*'],
  categories: [Dateline],
  line_breaks: true,
})

/** `(融媒体 郭龙君 通讯员 孙睿)` — a whole line in parentheses. */
export const ParenLine: TokenType = createToken({
  name: 'ParenLine',
  pattern: /\([^\n]*\)[ \t]*\n/,
  start_chars_hint: ['('],
  categories: [Byline],
  line_breaks: true,
})

/** The bullets that open a brief item: `◆`, `●`, `▲`, `★`, `■`, and the hollow `△` of older papers. */
export const BRIEF_BULLETS = ['◆', '●', '▲', '★', '■', '△']

/** `◆9月23日,我县召开…` — a line opening with a list bullet, up to eight spaces in. */
export const BulletLine: TokenType = createToken({
  name: 'BulletLine',
  pattern: / {0,8}[◆●▲★■△][^\n]*\n/,
  start_chars_hint: [' ', ...BRIEF_BULLETS],
  categories: [BriefItem],
  line_breaks: true,
})

/** `度计划进度20个百分点。  ` — any other line: body text. */
export const BodyLine: TokenType = createToken({
  name: 'BodyLine',
  pattern: /[^\n]+\n/,
  start_chars_hint: ANY_BUT_LF,
  line_breaks: true,
})

/** In lexing order: the first pattern that matches wins, so the catch-all comes last. */
export const lineTokens: TokenType[] = [BlankLine, HeadingLine, LeadLine, ParenLine, BulletLine, BodyLine]

export const categoryTokens: TokenType[] = [Banner, Dateline, Byline, BriefItem]

/**
 * The whole token vocabulary: extra (plugin) tokens are tried right after blank lines, before
 * the built-in ones, so they win on the lines they match.
 */
export function allTokens(extra: readonly TokenType[] = []): TokenType[] {
  return [BlankLine, ...extra, HeadingLine, LeadLine, ParenLine, BulletLine, BodyLine, ...categoryTokens]
}
