/**
 * Characters that close a paragraph: a line ending in one of them is not continued on the next
 * line. Checked on the input as printed, so a half-width `)` (as in `30人(含)`) does not close —
 * page breaks fall there — while a full-width `）` does.
 */
export const CLOSING_PUNCTUATION: ReadonlySet<string> = new Set([
  '。',
  '！',
  '？',
  '!',
  '?',
  '…',
  '⋯', // the midline ellipsis of Traditional typesetting (`⋯⋯`)
  '”',
  '」',
  '』',
  '）',
])

/**
 * Punctuation, symbols and spaces opening a line before its words: a list's mark (`• `, `■ `), a
 * credit mark; an opening bracket or quote is the words' own.
 */
export const LEADING_MARKS = /^(?:(?![\p{Ps}\p{Pi}])[\p{P}\p{S}]|\s)+/u
