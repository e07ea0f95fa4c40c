import { SIMPLIFIED, TRADITIONAL } from './traditional-characters.js'

/**
 * Traditional → Simplified, one character for one: OpenCC's character table (see
 * `traditional-characters.ts`). Text is folded with it before any look-up, so Traditional pages
 * read like Simplified ones; what is reported is always the input as it stands.
 */
export const traditionalAliases: Readonly<Record<string, string>> = Object.fromEntries(
  Array.from({ length: TRADITIONAL.length }, (_, i) => [TRADITIONAL.charAt(i), SIMPLIFIED.charAt(i)]),
)
