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

  it('are cut at a single space after a sentence’s end, before Han text, as flattened copies print them', () => {
    const line = '9月5日,县委书记深入乡镇开展调研。 调研组详细了解了项目进展。 据了解,今年全县已建成项目十二个。 |'
    const article = parseDispatch(`# 县委书记调研重点项目\n\n${line}\n`, NO_FACTS).articles[0]!
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      '9月5日,县委书记深入乡镇开展调研。',
      '调研组详细了解了项目进展。',
      '据了解,今年全县已建成项目十二个。', // the table's bar after it is no word of it
    ])
  })

  it('stay one paragraph at single spaces after a clause mark, or a single space after one sentence', () => {
    for (const line of [
      '今年以来, 全县建成项目十二个, 投资五亿元。',
      '全县建成项目十二个。 投资五亿元,带动就业三千人',
    ]) {
      const article = parseDispatch(`# 县委书记调研重点项目\n\n${line}\n`, NO_FACTS).articles[0]!
      expect(article.paragraphs).toHaveLength(1)
    }
  })

  it('keep a photo’s credit in brackets with the caption it closes, after a long run', () => {
    const page = '# 古柏新芽\n\n“九搂十八杈”位于新城子镇,树龄约3500年。       (受访者供图)\n\n烟柳时节,乍暖还寒。\n'
    const article = parseDispatch(page, NO_FACTS).articles[0]!
    expect(article.paragraphs.map((p) => [p.role, p.text])).toEqual([
      ['caption', '“九搂十八杈”位于新城子镇,树龄约3500年。       (受访者供图)'],
      ['body', '烟柳时节,乍暖还寒。'],
    ])
  })

  it('stay one paragraph with a single run after a sentence, or runs between words only', () => {
    for (const line of ['耕地是命根子。  各地多措并举,成效明显', '融媒体  郭龙君 通讯员  孙睿 说,耕地是命根子。']) {
      const article = parseDispatch(`# 守住耕地红线\n\n${line}\n`, NO_FACTS).articles[0]!
      expect(article.paragraphs).toHaveLength(1)
    }
  })

  it('are cut at one long run of spaces after a sentence', () => {
    // the subhead after the run is set off by one space only, as between words: it stays with its text
    const line =
      '特區政府會「一視同仁」。     有市民斥政府凍結資產屬打壓行為 《蘋果日報》今日如常出版,清晨已有市民購買。'
    const article = parseDispatch(`# 蘋果日報今暫停更新\n\n${line}\n`, NO_FACTS).articles[0]!
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      '特區政府會「一視同仁」。',
      '有市民斥政府凍結資產屬打壓行為 《蘋果日報》今日如常出版,清晨已有市民購買。',
    ])
  })

  it('are the plugin’s reading: without it the line is one paragraph', () => {
    const parts = (parser: ReturnType<typeof createParser>) =>
      parser.parse(page, NO_FACTS).articles[0]!.paragraphs.length
    expect(parts(createParser({ builtins: false }))).toBe(1)
    expect(parts(createParser({ builtins: false, plugins: [spacedParagraphs] }))).toBe(4)
  })
})
