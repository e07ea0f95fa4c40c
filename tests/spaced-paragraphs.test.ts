import { describe, expect, it } from 'vitest'
import { createParser, parseDispatch } from '../src/index.js'
import { spacedParagraphs } from '../src/plugins/index.js'

const NO_FACTS = { extract: { dates: false, figures: false, people: false, quotes: false } }

const page = [
  '# 守住耕地红线',
  '',
  '  耕地是粮食生产的命根子。   近年来,各地多措并举,耕地保护取得明显成效。   坚持良田粮用   良田要种粮,这是底线。',
  '',
].join('\n')

describe('paragraphs run together on one line, after runs of spaces', () => {
  it('are cut at the runs, and a part with no sentence is a subhead', () => {
    const article = parseDispatch(page, NO_FACTS).articles[0]!
    expect(article.paragraphs.map((p) => [p.role, p.text])).toEqual([
      ['body', '耕地是粮食生产的命根子。'],
      ['body', '近年来,各地多措并举,耕地保护取得明显成效。'],
      ['subhead', '坚持良田粮用'],
      ['body', '良田要种粮,这是底线。'],
    ])
  })

  it('stay one paragraph with a single run after a sentence, or runs between words only', () => {
    for (const line of ['耕地是命根子。  各地多措并举,成效明显', '融媒体  郭龙君 通讯员  孙睿 说,耕地是命根子。']) {
      const article = parseDispatch(`# 守住耕地红线\n\n${line}\n`, NO_FACTS).articles[0]!
      expect(article.paragraphs).toHaveLength(1)
    }
  })

  it('are the plugin’s reading: without it the line is one paragraph', () => {
    const parts = (parser: ReturnType<typeof createParser>) =>
      parser.parse(page, NO_FACTS).articles[0]!.paragraphs.length
    expect(parts(createParser({ builtins: false }))).toBe(1)
    expect(parts(createParser({ builtins: false, plugins: [spacedParagraphs] }))).toBe(4)
  })
})
