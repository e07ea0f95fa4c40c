import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { brokenPromises } from '../src/testing/index.js'

const read = (page: string) => {
  const result = parseDispatch(page)
  expect(brokenPromises(page, result)).toEqual([])
  return {
    articles: result.articles.map((a) => ({
      title: a.headline.title?.text ?? null,
      dateline: a.dateline?.text ?? null,
      paragraphs: a.paragraphs.map((p) => p.text),
    })),
    leftovers: result.leftovers.map((l) => l.text),
  }
}

describe('rows of a database dump', () => {
  it('reads the title field as the title, the text field as the article, the other fields as furniture', () => {
    const page =
      "INSERT INTO `t_news` VALUES ('28', '拍拍贷与新鸿基达成战略合作', '2018-01-21', '香港文汇报讯（记者 张聪）在美国上市的拍拍贷宣布与新鸿基达成战略合作。\n\n双方将共同探索业务合作机会。', 'upload/1.jpg', 3);\n"
    expect(read(page)).toEqual({
      articles: [
        {
          title: '拍拍贷与新鸿基达成战略合作',
          dateline: '香港文汇报讯',
          paragraphs: ['在美国上市的拍拍贷宣布与新鸿基达成战略合作。', '双方将共同探索业务合作机会。'],
        },
      ],
      leftovers: ["INSERT INTO `t_news` VALUES ('28', '", "', '2018-01-21', '", "', 'upload/1.jpg', 3);"],
    })
  })

  it('reads a bare row, and the plain headlines inside its text', () => {
    const page =
      "(42, '春节线上消费近10亿元', '11日，省商务部门通报春节消费市场情况，网购年货备受青睐。\n\n送货量武汉位列第八城\n\n长江日报讯（记者孙珺）日前，阿里巴巴集团发布春节经济报告。');\n"
    expect(read(page).articles).toEqual([
      {
        title: '春节线上消费近10亿元',
        dateline: null,
        paragraphs: ['11日，省商务部门通报春节消费市场情况，网购年货备受青睐。'],
      },
      { title: '送货量武汉位列第八城', dateline: '长江日报讯', paragraphs: ['日前，阿里巴巴集团发布春节经济报告。'] },
    ])
  })

  it('leaves lines that open like a row but are none alone', () => {
    const page = '# 通知\n\n(1) 各单位要加强值班。\n\n(2002年第3号)\n'
    expect(read(page).articles[0]!.paragraphs).toEqual(['(1) 各单位要加强值班。', '(2002年第3号)'])
  })
})
