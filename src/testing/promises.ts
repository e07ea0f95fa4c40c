import { DispatchResultSchema, type DispatchResult, type Span, type Text } from '../schema.js'

/**
 * The contract's promises for one result, as a list of broken ones (empty when all hold):
 * spans inside the input, texts sliced exactly, paragraphs joined from their pieces, articles
 * in order without overlap, nothing non-blank lost, schema passes.
 *
 * @example
 * const page = '# 标题\n\n正文。\n'
 * brokenPromises(page, parseDispatch(page)) //=> []
 */
export function brokenPromises(input: string, result: DispatchResult): string[] {
  const problems: string[] = []
  const parsed = DispatchResultSchema.safeParse(result)
  if (!parsed.success)
    problems.push(`schema: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`)
  const spanOk = (span: Span, what: string): boolean => {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= input.length)) {
      problems.push(`${what}: span ${span.start}-${span.end} outside 0-${input.length}`)
      return false
    }
    return true
  }
  const textOk = (text: Text | null, what: string): void => {
    if (text === null) return
    if (spanOk(text.span, what) && input.slice(text.span.start, text.span.end) !== text.text) {
      problems.push(`${what}: text ${JSON.stringify(text.text)} is not the input at its span`)
    }
  }
  const covered: Span[] = []
  let previousEnd = 0
  result.articles.forEach((article, i) => {
    const at = `article ${i}`
    spanOk(article.span, at)
    if (article.span.start < previousEnd) problems.push(`${at}: overlaps the article before`)
    previousEnd = article.span.end
    covered.push(article.span)
    const inside = (span: Span, what: string): void => {
      if (span.start < article.span.start || span.end > article.span.end)
        problems.push(`${at} ${what}: outside the article span`)
    }
    const parts: [Text | null, string][] = [
      [article.column, 'column'],
      [article.headline.kicker, 'kicker'],
      [article.headline.title, 'title'],
      [article.headline.subtitle, 'subtitle'],
      [article.dateline, 'dateline'],
      [article.byline, 'byline'],
    ]
    for (const [text, what] of parts) textOk(text, `${at} ${what}`)
    for (const [text, what] of parts.slice(1)) if (text) inside(text.span, what)
    for (const c of article.byline?.contributors ?? []) textOk({ text: c.name, span: c.span }, `${at} contributor`)
    article.paragraphs.forEach((p, j) => {
      const joined = p.pieces
        .map((s) => (spanOk(s, `${at} paragraph ${j}`) ? input.slice(s.start, s.end) : ''))
        .join('')
      if (joined !== p.text) problems.push(`${at} paragraph ${j}: text is not its pieces joined`)
      inside(p.span, `paragraph ${j}`)
    })
  })
  result.leftovers.forEach((t, i) => {
    textOk(t, `leftover ${i}`)
    covered.push(t.span)
  })
  for (const d of result.diagnostics) if (d.span) spanOk(d.span, `diagnostic ${d.code}`)
  // nothing lost: every non-blank character lies in an article or a leftover
  covered.sort((a, b) => a.start - b.start)
  let c = 0
  for (let i = 0; i < input.length; i++) {
    while (c < covered.length && covered[c]!.end <= i) c++
    const span = covered[c]
    if (span !== undefined && span.start <= i) continue
    if (!/\s|\uFEFF/.test(input[i]!)) {
      problems.push(`lost: ${JSON.stringify(input.slice(i, i + 20))} at ${i}`)
      break
    }
  }
  return problems
}
