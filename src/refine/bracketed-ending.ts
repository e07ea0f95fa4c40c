/** Two to twelve characters in brackets at the very end: `（人民观点）`, `（影像中国）`. */
const BRACKETED_END = /\(([^()]{2,12})\)$/

/**
 * A line that ends in a short bracketed name (`坚定信心，让梦想照进现实（人民观点）`): where `(`
 * stands and where the white space before it starts. Linear: the white space is walked back by
 * hand, never matched by a pattern that could try it from every position.
 *
 * @example
 * bracketedEnding('坚定信心 (人民观点)') //=> { start: 4, open: 5 }
 */
export function bracketedEnding(text: string): { start: number; open: number } | null {
  const match = BRACKETED_END.exec(text)
  if (match === null) return null
  let start = match.index
  while (start > 0 && /\s/.test(text.charAt(start - 1))) start--
  return { start, open: match.index }
}
