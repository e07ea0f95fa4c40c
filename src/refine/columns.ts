import type { ArticleDraft, Context, Line } from '../pipeline/context.js'

type Direction = 'back' | 'forward'

/**
 * Attaches column banners. Banners inside a headline run after the title label that article.
 * A banner before a headline labels either the article before it or the one after it: forced by
 * `columnPlacement`, else (`auto`) by evidence — which neighbour shares more of its words, words
 * in a headline counting three times — then by the page's own habit, then forward. A banner at
 * the page start goes forward (unless furniture stands between it and the headline: then it is the
 * masthead's, furniture), one at the page end goes back (unless furniture closes the last
 * article: then it is the page's footer, furniture too). Every `auto` decision is reported.
 */
export function attachColumns(ctx: Context): void {
  const { drafts } = ctx
  const placement = ctx.options.columnPlacement
  const votes = { back: 0, forward: 0 }
  // at the page start, furniture between a banner and the headline (a date, the page's label)
  // puts the banner in the masthead's furniture: `云报平台` / `内容详情` / `2021年06月16日` / …
  if (drafts[0] !== undefined) mastheadBanners(ctx, drafts[0])
  // first pass: what the evidence says for each banner between two articles (null: a tie)
  const runs = drafts.map((draft, index) => {
    const prev = drafts[index - 1]
    return draft.leadingBanners.map((banner) => {
      if (prev === undefined || placement !== 'auto' || banner.attach === 'forward')
        return { banner, evidence: null, direction: null }
      const evidence: [number, number] = [score(ctx, banner, prev), score(ctx, banner, draft)]
      const direction: Direction | null =
        evidence[0] === evidence[1] ? null : evidence[0] > evidence[1] ? 'back' : 'forward'
      if (direction !== null) votes[direction]++
      return { banner, evidence, direction }
    })
  })
  // ties follow the page's habit, else the commoner convention (banner before its article)
  const habit: Direction = votes.back > votes.forward ? 'back' : 'forward'

  drafts.forEach((draft, index) => {
    const prev = drafts[index - 1]
    const decided = runs[index]!
    // banners keep page order: those labelling the article before come first
    const wanted = decided.map(({ banner, direction }) =>
      prev === undefined || placement === 'before' || banner.attach === 'forward'
        ? 'forward'
        : placement === 'after'
          ? 'back'
          : (direction ?? habit),
    )
    // a labelled column (`专栏:X`) always goes forward, and so does every banner after it
    const labelled = decided.findIndex(({ banner }) => banner.attach === 'forward')
    const cut = bestCut(wanted, labelled === -1 ? wanted.length : labelled)
    decided.forEach(({ banner, evidence, direction }, i) => {
      const final: Direction = i < cut ? 'back' : 'forward'
      attach(final === 'back' ? prev! : draft, banner)
      if (placement !== 'auto') return
      let why: string
      if (banner.attach === 'forward') return // a labelled column: nothing was decided
      if (prev === undefined) why = 'it stands at the page start'
      else if (final !== wanted[i]) why = 'banners before one headline keep their order, and the others go that way'
      else if (direction === null) {
        why = `shared words score ${evidence![0]} with either neighbour; ${votes.back + votes.forward > 0 ? 'as the other banners on this page do' : 'the commoner convention'}`
      } else why = `shared words score ${evidence![0]} with the article before, ${evidence![1]} with the one after`
      info(ctx, banner, final, why)
    })
    for (const banner of draft.innerBanners) attach(draft, banner)
  })

  const last = drafts[drafts.length - 1]
  if (last !== undefined) {
    // after the furniture that closes the last article (`Copyright …`), banners are the page's footer
    const first = ctx.pageEndHeadings[0]
    const footer = first !== undefined && furnitureBetween(ctx, last, first.begin)
    for (const banner of ctx.pageEndHeadings) {
      if (footer) banner.kind = 'chrome'
      else {
        attach(last, banner)
        if (placement === 'auto') info(ctx, banner, 'back', 'it stands at the page end')
      }
    }
  }
  for (const draft of drafts) {
    draft.banners.sort((a, b) => a.start - b.start)
    draft.column = draft.banners[0] ?? null
    seriesOfTitledBanner(ctx, draft)
    for (const extra of draft.banners.slice(1)) {
      ctx.report(
        'column/extra-banner',
        'info',
        `A second banner for one article: "${slice(ctx, extra)}" is kept inside the article's span, not as its column.`,
        contentSpan(extra),
      )
    }
  }
}

/** Whether page furniture stands between an article's last line and `at` (`相关阅读:` / `Copyright …`). */
function furnitureBetween(ctx: Context, draft: ArticleDraft, at: number): boolean {
  let end = 0
  for (const line of [...draft.headings, ...draft.body]) if (line.kind !== 'blank' && line.end > end) end = line.end
  return furnitureIn(ctx, end, at)
}

/** Whether a line of page furniture lies between `from` and `to`. */
function furnitureIn(ctx: Context, from: number, to: number): boolean {
  for (const run of ctx.runs)
    for (const line of run.lines) if (line.kind === 'chrome' && line.begin >= from && line.end <= to) return true
  return false
}

/**
 * The first article's banners with page furniture after them, before its headline, are the
 * masthead's furniture: no column of it, as banners after the furniture closing the last article
 * are the page's footer.
 */
function mastheadBanners(ctx: Context, draft: ArticleDraft): void {
  const head = draft.headings.find((line) => !draft.leadingBanners.includes(line))
  if (head === undefined) return
  for (const banner of draft.leadingBanners) if (furnitureIn(ctx, banner.end, head.begin)) banner.kind = 'chrome'
  draft.leadingBanners = draft.leadingBanners.filter((banner) => banner.kind !== 'chrome')
}

/** A series' name, perhaps its instalment's number, and a separator: `我与聊城日报的故事㉙丨`. */
const SERIES = /^(\S.{0,19}?)\s*(?:[①-⑳㉑-㉟㊱-㊿]|\(\d{1,3}\)|\d{1,3})?\s*[丨|｜/]\s*$/

/**
 * A banner, or a kicker, that prints the series' name before the article's own title
 * (`我與聊城日報的故事㉙丨小區里有個“讀報小組”`, a web page's title): the column is the series' name,
 * and such a line is no kicker.
 */
function seriesOfTitledBanner(ctx: Context, draft: ArticleDraft): void {
  if (draft.title === null) return
  const title = slice(ctx, draft.title)
  const seriesOf = (line: Line | null): number => {
    if (line === null || title.length === 0) return 0
    const words = slice(ctx, line)
    if (words.length <= title.length || !words.endsWith(title)) return 0
    return SERIES.exec(words.slice(0, words.length - title.length))?.[1]?.length ?? 0
  }
  const line = draft.column ?? draft.kicker
  const series = seriesOf(line)
  if (series === 0 || line === null) return
  if (line === draft.kicker) {
    // the line stays the article's, as its banner
    draft.kicker = null
    draft.kickerFrom = null
    draft.banners.unshift(line)
  }
  draft.column = null
  draft.columnSpan = { start: line.contentStart, end: line.contentStart + series }
}

/** The split of `wanted` into back… then forward…, at `maxCut` at most, that agrees with it most (earliest on a tie). */
function bestCut(wanted: Direction[], maxCut: number): number {
  let best = 0
  let bestAgreement = -1
  for (let cut = 0; cut <= maxCut; cut++) {
    let agreement = 0
    wanted.forEach((direction, i) => {
      if (i < cut === (direction === 'back')) agreement++
    })
    if (agreement > bestAgreement) {
      best = cut
      bestAgreement = agreement
    }
  }
  return best
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
function score(ctx: Context, banner: Line, draft: ArticleDraft): number {
  const words = slice(ctx, banner)
  const { headline, body } = wordsOf(ctx, draft)
  let total = 0
  for (let i = 0; i + 1 < words.length; i++) {
    if (!isHan(words.charCodeAt(i)) || !isHan(words.charCodeAt(i + 1))) continue
    const bigram = words.slice(i, i + 2)
    if (words.indexOf(bigram) < i) continue // counted already
    if (headline.includes(bigram)) total += 3
    else if (body.includes(bigram)) total += 1
  }
  return total
}

const draftWords = new WeakMap<ArticleDraft, { headline: string; body: string }>()

/** The headline and body text of a draft, computed once per draft. */
function wordsOf(ctx: Context, draft: ArticleDraft): { headline: string; body: string } {
  let words = draftWords.get(draft)
  if (words === undefined) {
    const text = ctx.normalized.text
    const headline = [draft.kicker, draft.title, draft.subtitle]
      .map((line) => (line === null ? '' : slice(ctx, line)))
      .join('\n')
    const first = draft.body[0]
    const body = first === undefined ? '' : text.slice(first.start, draft.body[draft.body.length - 1]!.contentEnd)
    words = { headline, body }
    draftWords.set(draft, words)
  }
  return words
}
