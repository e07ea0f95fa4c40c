import type { ArticleDraft, Context, Line } from '../pipeline/context.js'

type Direction = 'back' | 'forward'

/**
 * Attaches column banners. Banners inside a headline run after the title label that article.
 * A banner before a headline labels either the article before it or the one after it: forced by
 * `columnPlacement`, else (`auto`) by evidence — which neighbour shares more of its words, words
 * in a headline counting three times — then by the page's own habit, then forward. A banner at
 * the page start goes forward, one at the page end goes back. Every `auto` decision is reported.
 */
export function attachColumns(ctx: Context): void {
  const { drafts } = ctx
  const placement = ctx.options.columnPlacement
  const pending: { banner: Line; prev: ArticleDraft; next: ArticleDraft; evidence: [number, number] }[] = []
  const votes = { back: 0, forward: 0 }

  for (const [index, draft] of drafts.entries()) {
    const prev = drafts[index - 1]
    let goForward = prev === undefined || placement === 'before'
    for (const banner of draft.leadingBanners) {
      if (goForward || prev === undefined) {
        attach(draft, banner)
        if (prev === undefined && placement === 'auto') info(ctx, banner, 'forward', 'it stands at the page start')
        continue
      }
      if (placement === 'after') {
        attach(prev, banner)
        continue
      }
      const back = evidence(ctx, banner, prev)
      const forward = evidence(ctx, banner, draft)
      if (back === forward) {
        pending.push({ banner, prev, next: draft, evidence: [back, forward] })
        continue
      }
      const direction: Direction = back > forward ? 'back' : 'forward'
      votes[direction]++
      attach(direction === 'back' ? prev : draft, banner)
      info(ctx, banner, direction, `shared words score ${back} with the article before, ${forward} with the one after`)
      // banners keep page order: once one goes forward, those after it do too
      if (direction === 'forward') goForward = true
    }
    for (const banner of draft.innerBanners) attach(draft, banner)
  }

  // ties follow the page's habit, else the commoner convention (banner before its article)
  const habit: Direction = votes.back > votes.forward ? 'back' : 'forward'
  for (const { banner, prev, next, evidence: [back, forward] } of pending) {
    attach(habit === 'back' ? prev : next, banner)
    const why = votes.back + votes.forward > 0 ? 'as the other banners on this page do' : 'the commoner convention'
    info(ctx, banner, habit, `shared words score ${back} with either neighbour (${forward}); ${why}`)
  }

  const last = drafts[drafts.length - 1]
  if (last !== undefined) {
    for (const banner of ctx.pageEndHeadings) {
      attach(last, banner)
      info(ctx, banner, 'back', 'it stands at the page end')
    }
  }
  for (const draft of drafts) {
    draft.banners.sort((a, b) => a.start - b.start)
    draft.column = draft.banners[0] ?? null
    for (const extra of draft.banners.slice(1)) {
      ctx.report('column/extra-banner', 'info', `A second banner for one article: "${slice(ctx, extra)}" is kept inside the article's span, not as its column.`, contentSpan(extra))
    }
  }
}

function attach(draft: ArticleDraft, banner: Line): void {
  draft.banners.push(banner)
}

function info(ctx: Context, banner: Line, direction: Direction, why: string): void {
  const which = direction === 'back' ? 'the article before it' : 'the article after it'
  ctx.report('column/attached', 'info', `Banner "${slice(ctx, banner)}" labels ${which}: ${why}.`, contentSpan(banner))
}

const slice = (ctx: Context, line: Line): string => ctx.normalized.text.slice(line.contentStart, line.contentEnd)
const contentSpan = (line: Line) => ({ start: line.contentStart, end: line.contentEnd })

const isHan = (code: number): boolean => code >= 0x3400 && code <= 0x9fff

/** Distinct Han bigrams of the banner found in the draft: 3 for each in its headline, 1 in its body. */
function evidence(ctx: Context, banner: Line, draft: ArticleDraft): number {
  const text = ctx.normalized.text
  const words = slice(ctx, banner)
  const headline = [draft.kicker, draft.title, draft.subtitle].map((line) => (line === null ? '' : slice(ctx, line))).join('\n')
  const body = text.slice(draft.body[0]!.start, draft.body[draft.body.length - 1]!.contentEnd)
  let score = 0
  for (let i = 0; i + 1 < words.length; i++) {
    if (!isHan(words.charCodeAt(i)) || !isHan(words.charCodeAt(i + 1))) continue
    const bigram = words.slice(i, i + 2)
    if (words.indexOf(bigram) < i) continue // counted already
    if (headline.includes(bigram)) score += 3
    else if (body.includes(bigram)) score += 1
  }
  return score
}
