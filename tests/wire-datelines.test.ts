import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'

describe('datelines of the foreign agencies a paper translates', () => {
  it.each([
    ['【美联社东京十月二十四日电】越南战争结束以后,局势仍然紧张。\n', '美联社', '东京'],
    ['【路透社台北九月二十七日电】记者今天从官员处获悉此事。\n', '路透社', '台北'],
    ['法新社巴黎5日电 法国总统今天发表讲话。\n', '法新社', '巴黎'],
    // a relayed dispatch: the dateline names the relaying outlet, the place is the relayed one's
    ['新华社据塔斯社莫斯科1日讯 苏联最高苏维埃主席团发表新年祝词。\n', '新华社', '莫斯科'],
  ])('%s names the agency as outlet and the place after it', (page, outlet, place) => {
    expect(parseDispatch(page).articles[0]!.dateline).toMatchObject({ outlet, place })
  })
})

describe('the source line of a web copy', () => {
  it('reads `文章来源:` as furniture', () => {
    const result = parseDispatch('# 各地抗旱\n\n农民在田间浇水。\n\n文章来源:http://www.example.cn/2014/0511/1.shtml\n')
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['农民在田间浇水。'])
    expect(result.leftovers.map((l) => l.text)).toEqual(['文章来源:http://www.example.cn/2014/0511/1.shtml'])
  })
})
