import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { brokenPromises } from '../src/testing/index.js'

const NO_FACTS = { extract: { dates: false, figures: false, people: false, quotes: false } }
const read = (page: string) => parseDispatch(page, NO_FACTS)
const heads = (page: string) => read(page).articles.map((a) => a.headline.title?.text ?? null)

describe('a headline glued to the first line of its text by a run of spaces', () => {
  const list = [
    'A01版:要闻',
    '',
    'A02版:本地',
    '',
    '全市夏粮收购进度过半   7月8日,记者从市粮食局获悉,全市夏粮收购已完成计划的百分之五十三,收购价格保持稳定。',
    '  据介绍,今年全市小麦品质较好,各收购点秩序井然,农民售粮排队时间明显缩短。',
    '暴雨来袭多地启动应急响应   7月8日,我市自西向东迎来强降雨天气过程,多地发布暴雨黄色预警,防汛部门连夜值守。',
    '',
  ].join('\n')

  it('cuts the headline off its text where the page prints its items so, each an article', () => {
    const result = read(list)
    expect(result.articles.map((a) => [a.headline.title?.text, a.paragraphs.length])).toEqual([
      ['全市夏粮收购进度过半', 2],
      ['暴雨来袭多地启动应急响应', 1],
    ])
    expect(result.articles[1]!.paragraphs[0]!.text.startsWith('7月8日,我市自西向东')).toBe(true)
    expect(brokenPromises(list, result)).toEqual([])
  })

  it('cuts a line so printed once where the text after the spaces opens with a dateline', () => {
    const page = [
      '前一版 下一版 2025年02月18日',
      '',
      '《乡村振兴读本》',
      '少数民族文字版出版发行   新华社北京2月17日电 《乡村振兴读本》少数民族文字版已由民族出版社出版发行,面向基层干部群众。',
      '',
    ].join('\n')
    const [article] = read(page).articles
    expect(article!.dateline?.text).toBe('新华社北京2月17日电')
    expect(article!.paragraphs[0]!.text.startsWith('《乡村振兴读本》少数民族文字版已由')).toBe(true)
  })

  it('leaves a line so printed once, with no dateline after the spaces, as it is', () => {
    const page =
      '# 通知\n\n全市夏粮收购进度过半   7月8日,记者从市粮食局获悉,全市夏粮收购已完成计划的百分之五十三,收购价格稳定。\n'
    expect(heads(page)).toEqual(['通知'])
    expect(read(page).articles[0]!.paragraphs).toHaveLength(1)
  })

  it('leaves a menu, and words broken off at a clause, as they are', () => {
    const menu = '首页  新闻  体育  财经  娱乐  科技  汽车  房产  教育  旅游  健康  时尚  文化  读书  视频  图片'
    const clause = '据了解,今年全市小麦品质较好,   各收购点秩序井然,农民售粮排队时间明显缩短,售粮群众纷纷点赞。'
    for (const line of [menu, clause]) {
      const page = `# 标题\n\n${line}\n\n${line}\n`
      expect(heads(page)).toEqual(['标题'])
    }
  })

  it('cuts a web copy flattened onto one line at its publishing stamp: headline, furniture, text', () => {
    const page =
      '市民公園舉辦花展 吸引逾萬人次 2020-05-16 15:55 市民公園今日舉辦年度花展,吸引逾萬人次入場參觀,主辦單位表示反應熱烈,明年將擴大規模。\n'
    const result = read(page)
    expect(result.articles.map((a) => [a.headline.title?.text, a.paragraphs.map((p) => p.text.slice(0, 8))])).toEqual([
      ['市民公園舉辦花展 吸引逾萬人次', ['市民公園今日舉辦']],
    ])
    expect(result.leftovers.map((l) => l.text)).toEqual(['2020-05-16 15:55'])
    expect(brokenPromises(page, result)).toEqual([])
  })
})
