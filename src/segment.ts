import type { Span } from './schema.js'

/** Inputs longer than this are read in segments of at least this many UTF-16 units. */
export const SEGMENT_SIZE = 1 << 16

interface HeadingInfo {
  level: number
  named: boolean
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x3000 || code === 0x0d

/** `## 标题` → level 2, named; `#` → level 1, unnamed; other lines → null. Mirrors `HeadingLine`. */
function headingAt(input: string, start: number, end: number): HeadingInfo | null {
  let i = start
  while (i < end && i - start < 3 && input.charCodeAt(i) === 0x20) i++
  let level = 0
  while (i < end && input.charCodeAt(i) === 0x23) {
    level++
    i++
  }
  if (level === 0 || level > 6 || (i < end && !isSpace(input.charCodeAt(i)))) return null
  for (; i < end; i++) {
    const code = input.charCodeAt(i)
    if (!isSpace(code) && code !== 0x23) return { level, named: true }
  }
  return { level, named: false }
}

const isBlank = (input: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) if (!isSpace(input.charCodeAt(i)) && input.charCodeAt(i) !== 0xfeff) return false
  return true
}

/**
 * Cuts a long input into segments between articles, so that a year of pages in one string is
 * read a piece at a time and each piece's working data dies young. A cut falls only before a
 * heading run that follows text and opens with its own kicker or title (no banner that could
 * belong to the article before), so no reading decision ever spans a cut.
 *
 * @example
 * splitSegments(shortPage) //=> [{ start: 0, end: shortPage.length }]
 */
export function splitSegments(input: string, size = SEGMENT_SIZE): Span[] {
  const segments: Span[] = []
  let segmentStart = 0
  const headingStart = / {0,3}#/y
  let from = size
  while (from < input.length) {
    // the next line that may be a heading, at least `size` after the segment's start
    const lineFeed = input.indexOf('\n', from - 1)
    if (lineFeed === -1) break
    const lineStart = lineFeed + 1
    from = lineStart + 1
    headingStart.lastIndex = lineStart
    if (!headingStart.test(input)) continue
    let lineEnd = input.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = input.length
    if (
      headingAt(input, lineStart, lineEnd) === null ||
      !followsText(input, lineStart) ||
      !opensWithHeadline(input, lineStart)
    )
      continue
    segments.push({ start: segmentStart, end: lineStart })
    segmentStart = lineStart
    from = lineStart + size
  }
  segments.push({ start: segmentStart, end: input.length })
  return segments
}

/** Whether the last non-blank line before `lineStart` is text (not a heading, not the page start). */
function followsText(input: string, lineStart: number): boolean {
  let end = lineStart - 1
  while (end > 0) {
    const start = input.lastIndexOf('\n', end - 1) + 1
    if (!isBlank(input, start, end)) return headingAt(input, start, end) === null
    end = start - 1
  }
  return false
}

/** Whether the heading run at `start` opens an article with its kicker or title (no banner first). */
function opensWithHeadline(input: string, start: number): boolean {
  const named: number[] = []
  let lineStart = start
  let textFollows = false
  while (lineStart < input.length) {
    let lineEnd = input.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = input.length
    const heading = headingAt(input, lineStart, lineEnd)
    if (heading === null && !isBlank(input, lineStart, lineEnd)) {
      textFollows = true
      break
    }
    if (heading?.named) named.push(heading.level)
    lineStart = lineEnd + 1
  }
  // headings with no text after them are page-end banners: they belong to the article before
  if (named.length === 0 || !textFollows) return false
  let title = 0
  for (let i = 1; i < named.length; i++) if (named[i]! <= named[title]!) title = i
  return title === 0 || (title === 1 && named[0]! > named[1]!)
}
