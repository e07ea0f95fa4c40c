import { createToken, type TokenType } from 'chevrotain'
import { Banner, Byline, Dateline } from './tokens.js'

/** A line convention of a user's paper, as a plugin declares it. */
export interface LineTokenSpec {
  /** Unique among all tokens of a parser; shown in diagnostics and diagrams. */
  name: string
  /** What opens the line: `/【[^】]*电】/`, `/■/`. The token is the whole line it opens. */
  pattern: RegExp
  /** `banner`: a heading; `dateline`: the opening is a dateline; `byline`: the line is a credit. */
  category: 'banner' | 'dateline' | 'byline'
  /** For a banner: its size, 1 the largest (as `#`). Default 1. */
  level?: number
  /** The characters the opening can start with, for the lexer's first-character optimisation. */
  startChars?: string[]
}

const CATEGORY: Record<LineTokenSpec['category'], TokenType> = { banner: Banner, dateline: Dateline, byline: Byline }

/**
 * The chevrotain token of a plugin's line convention: its opening, then the rest of the line.
 *
 * @example
 * createLineToken({ name: 'WireDateline', pattern: /【[^】\n]*电】/, category: 'dateline' })
 */
export function createLineToken(spec: LineTokenSpec): TokenType {
  const flags = spec.pattern.flags.replace(/[gymd]/g, '')
  return createToken({
    name: spec.name,
    pattern: new RegExp(`(?:${spec.pattern.source})[^\\n]*\\n`, flags),
    categories: [CATEGORY[spec.category]],
    line_breaks: true,
    ...(spec.startChars !== undefined && { start_chars_hint: spec.startChars }),
  })
}
