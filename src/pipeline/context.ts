/**
 * What the pipeline steps share. Offsets here are in the normalised text (`ctx.normalized.text`)
 * until the validate step maps them back to the input; `ctx.text()` does that for one span.
 */
import type { IToken } from 'chevrotain'
import type { Lexicon } from '../lexicon.js'
import type { Normalized } from '../normalize.js'
import type { Diagnostic, DispatchResult, ParagraphRole, Span, Text } from '../schema.js'
import type { ResolvedOptions } from '../options.js'
import type { BylineReading } from '../extract/byline.js'
import type { DatelineReading } from '../extract/dateline.js'
import type { LineFeatures } from '../label/line-features.js'

/**
 * The kind of a line, from its token; steps may change it. `chrome` is page furniture (page
 * labels, navigation, crawl labels): no article takes it, so it ends up in `leftovers`.
 */
export type LineKind = 'heading' | 'lead' | 'paren' | 'body' | 'blank' | 'chrome'

/** The tokens of one chunk; token offsets are relative to `base`. */
export interface TokenChunk {
  base: number
  tokens: IToken[]
}

export interface Line {
  kind: LineKind
  /** Token type name (`HeadingLine`, `BodyLine`, or a plugin's). */
  token: string
  /** Start of the line. */
  start: number
  /** First character that is not indentation (a heading's first `#`). */
  begin: number
  /** Start of the content (after indent, `#` markers). */
  contentStart: number
  /** End of the content (before trailing spaces, a heading's closing `#`s and the line feed). */
  contentEnd: number
  /** End of the line's last non-space character (a heading's closing `#`s included). */
  end: number
  /** Ends in a Markdown hard break (two or more trailing spaces). */
  hardBreak: boolean
  /** Heading level, 1 for `#`; 0 for other lines. */
  level: number
  /** Set by a step that knows where a banner goes (`专栏:X` always labels the article after it). */
  attach?: 'forward'
  /** Set by a step that knows a heading closes the article before it: a headline printed after its body. */
  trailing?: boolean
  /**
   * Set by a step that read a heading off a structured wrapper (a dumped row's title field): the
   * text under it is still plain, and its own headlines are read as plain text's are.
   */
  wrapperTitle?: true
  /**
   * Set on the lines of a plain headline printed again line by line under its whole line
   * (`repeated-headlines`): they are one headline, kicker lines, title and subtitle; and on the
   * whole line when it is kept as the headline (one or two lines printed again).
   */
  reprinted?: true
  /** Set by a step that knows a body line is an in-body subhead. */
  subhead?: boolean
  /**
   * A `lead` line: the words that may be a dateline (`东昌府讯` inside `**…**`), where the text
   * after them starts, and (for `**…**` only) whether the bold words are the whole line (`**一、稳住经济大盘**`).
   */
  lead?: { words: Span; rest: number; whole?: boolean }
  /** A line a plugin's byline token matched: read it as a credit. */
  credit?: boolean
  /** The line opens with a list bullet (`◆`), which its content leaves out. */
  bullet?: boolean
  /** Set by a step that knows the line opens a paragraph (a part of a flattened archive record). */
  opensParagraph?: boolean
  /** Set by the label step: the line opens an article of its own (a brief item, a new dispatch). */
  opensArticle?: boolean
  /** The line's evidence, set by the label step (see `src/label/`). */
  features?: LineFeatures
}

export interface Run {
  kind: 'heading' | 'text'
  /** Lines in page order, blank lines included. */
  lines: Line[]
}

/** A paragraph being built: spans of the normalised text. */
export interface ParagraphDraft {
  pieces: Span[]
  role: ParagraphRole
}

/** A byline or credit being built: its span, and its reading with offsets relative to `base`. */
export interface BylineDraft {
  span: Span
  base: number
  reading: BylineReading
  /** A photo's credit at the end of its caption (`新华社记者 李学仁摄`): a credit, never the byline. */
  photo?: true
}

/** An article being built from a heading run and the text run after it. */
export interface ArticleDraft {
  /** The heading lines this article owns, in page order. */
  headings: Line[]
  kicker: Line | null
  /** The kicker's first line when it runs over several (a headline printed again line by line); else null. */
  kickerFrom: Line | null
  title: Line | null
  subtitle: Line | null
  /** Headings before the headline that may label this article or the one before. */
  leadingBanners: Line[]
  /** Headings after the headline's first line that take no headline role: they label this article. */
  innerBanners: Line[]
  column: Line | null
  /** Banners attached to this article, `column` first. */
  banners: Line[]
  /** The text run's lines (blank lines included). */
  body: Line[]
  /** Credit lines in page order; the first is the article's byline. */
  bylines: BylineDraft[]
  /** The dateline (bold words without `**`) with its reading, offsets relative to `span.start`. */
  dateline: { span: Span; reading: DatelineReading } | null
  /** A column read from the headline itself: `坚定信心（人民观点）`, `秦廷富摄（影像中国）`. */
  columnSpan: Span | null
  /** The title when it is not its line's whole content (a column cut off, two parallel lines). */
  titleSpan: Span | null
  paragraphs: ParagraphDraft[]
  /** Furniture inside the article's lines (a web copy's publication time before its dateline): leftovers. */
  furniture: Span[]
  /** The article's span once refined (normalised coordinates). */
  extent: Span | null
}

export interface Context {
  /** The whole input. */
  readonly input: string
  /**
   * The part of the input this pass reads: the whole page, or for inputs over 64K characters one
   * segment of whole articles (see `splitSegments`). Normalised offsets are relative to its start.
   */
  readonly segment: Span
  readonly options: ResolvedOptions
  readonly lexicon: Lexicon
  normalized: Normalized
  /** Tokens per chunk of the normalised text, in page order. */
  chunks: TokenChunk[]
  runs: Run[]
  drafts: ArticleDraft[]
  /** Headings after the last text run: banners that may label the last article. */
  pageEndHeadings: Line[]
  diagnostics: Diagnostic[]
  result: DispatchResult | null
  /** Steps may keep their own data here, under their name. */
  data: Record<string, unknown>
  /** Maps a normalised offset to the input. */
  inputOffset(offset: number): number
  /** Maps a normalised exclusive end to the input. */
  inputEnd(end: number): number
  /** The input text of a normalised span, with its span in input coordinates. */
  text(start: number, end: number): Text
  /**
   * The normalised text of a span folded by the lexicon (Traditional → Simplified, one unit for
   * one), for look-ups: the segment is folded once, however many steps ask about its lines.
   */
  folded(start: number, end: number): string
  /** Adds a diagnostic; `span` is in normalised coordinates. */
  report(code: string, severity: Diagnostic['severity'], message: string, span?: Span): void
}
