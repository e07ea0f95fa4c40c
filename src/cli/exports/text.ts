import type { DispatchResult } from '../../schema.js'

/**
 * The clean articles of `--format text`: each headline group (kicker, title, subtitle), the
 * dateline and byline, then the paragraphs, one blank line apart; page furniture left out.
 *
 * @example
 * cleanText(parseDispatch('# 标题\n\n**东昌府讯** 正文。\n')) //=> '标题\n\n东昌府讯 正文。\n'
 */
export function cleanText(result: DispatchResult): string {
  return result.articles
    .map((article) => {
      const { kicker, title, subtitle } = article.headline
      const head = [kicker, title, subtitle].flatMap((t) => (t ? [t.text] : []))
      const byline = article.byline?.text ?? ''
      const lead = [article.dateline?.text ?? '', byline].filter(Boolean).join(' ')
      const paragraphs = article.paragraphs.filter((p) => p.role === 'body' || p.role === 'subhead').map((p) => p.text)
      if (lead && paragraphs.length > 0) paragraphs[0] = `${lead} ${paragraphs[0]}`
      else if (lead) paragraphs.unshift(lead)
      return [head.join('\n'), ...paragraphs].filter(Boolean).join('\n\n')
    })
    .map((article) => `${article}\n`)
    .join('\n')
}
