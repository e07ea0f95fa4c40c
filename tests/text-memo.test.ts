import { describe, expect, it } from 'vitest'
import { readByline } from '../src/extract/byline.js'
import { readLead } from '../src/extract/lead.js'
import { compileLexicon } from '../src/lexicon.js'
import { forgetReadings, MEMO_CAPACITY, textMemo } from '../src/text-memo.js'
import { parseDispatch } from '../src/index.js'
import { builtinVocabulary } from '../src/vocabulary/index.js'

const lexicon = compileLexicon(builtinVocabulary)

describe('textMemo', () => {
  it('reads a text once per lexicon, and again for another lexicon', () => {
    const read: string[] = []
    const memo = textMemo((text) => {
      read.push(text)
      return text.length
    })
    const other = compileLexicon(builtinVocabulary)
    expect([memo(lexicon, '本报讯'), memo(lexicon, '本报讯'), memo(other, '本报讯')]).toEqual([3, 3, 3])
    expect(read).toEqual(['本报讯', '本报讯'])
  })

  it('keeps a null reading as read', () => {
    let calls = 0
    const memo = textMemo(() => {
      calls++
      return null
    })
    memo(lexicon, '今天天气很好。')
    memo(lexicon, '今天天气很好。')
    expect(calls).toBe(1)
  })

  it('keeps every line of a long page, and starts again when full', () => {
    let calls = 0
    const memo = textMemo((text) => {
      calls++
      return text
    })
    // a page of 400 distinct lines, asked about three times over: each line is read once
    const lines = Array.from({ length: 400 }, (_, i) => `第${i}行`)
    for (let pass = 0; pass < 3; pass++) for (const line of lines) memo(lexicon, line)
    expect(calls).toBe(400)
    // past its capacity it forgets what it held: memory stays bounded
    for (let i = 400; i < MEMO_CAPACITY + 1; i++) memo(lexicon, `第${i}行`)
    calls = 0
    memo(lexicon, lines[0]!)
    expect(calls).toBe(1)
  })
})

describe('readings kept by a memo', () => {
  it('give each caller a lead of its own', () => {
    const first = readLead('本报北京12月31日电 (记者冯春梅)中国人民', lexicon)
    first.dateline!.reading.place![0] = 99
    first.byline!.reading.contributors[0]!.start = 99
    first.byline!.inner[0] = 99
    const again = readLead('本报北京12月31日电 (记者冯春梅)中国人民', lexicon)
    expect(again.dateline!.reading.place).toEqual([2, 4])
    expect(again.byline!.inner).toEqual([13, 18])
    expect(again.byline!.reading.contributors[0]!.start).toBe(15)
  })

  it('give each caller a byline of its own', () => {
    const first = readByline('融媒体 郭龙君 通讯员 孙睿', lexicon)!
    first.contributors[0]!.end = 99
    expect(readByline('融媒体 郭龙君 通讯员 孙睿', lexicon)!.contributors[0]!.end).toBe(7)
  })
})

describe('forgetReadings', () => {
  it('starts a new page: what a memo held is read again', () => {
    let calls = 0
    const memo = textMemo((text) => {
      calls++
      return text
    })
    memo(lexicon, '本报讯')
    memo(lexicon, '本报讯')
    forgetReadings()
    memo(lexicon, '本报讯')
    expect(calls).toBe(2)
  })

  it('is called for each page a parser reads, so no page reads faster for the one before', () => {
    let calls = 0
    const memo = textMemo((text) => {
      calls++
      return text
    })
    memo(lexicon, '本报讯')
    parseDispatch('# 标题\n\n**东昌府讯** 正文。\n')
    memo(lexicon, '本报讯')
    expect(calls).toBe(2)
  })
})
