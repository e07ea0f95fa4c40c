import type { Article } from '../../src/index.js'

/** Every person an article credits, byline first, as `[name, role]`: what the gold's `contributors` lists. */
export const contributorsOf = (article: Article): string[][] =>
  [article.byline, ...article.credits].flatMap((b) => b?.contributors.map((c) => [c.name, c.role]) ?? [])
