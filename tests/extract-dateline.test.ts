import { describe, expect, it } from 'vitest'
import { readDateline } from '../src/extract/dateline.js'
import { compileLexicon } from '../src/lexicon.js'
import { builtinVocabulary } from '../src/vocabulary/index.js'

const lexicon = compileLexicon(builtinVocabulary)
const read = (text: string) => {
  const folded = lexicon.fold(text)
  const r = readDateline(folded, lexicon)
  if (r === null) return null
  const part = (range: [number, number] | null) => (range === null ? null : text.slice(...range))
  return { kind: r.kind, outlet: part(r.outlet), place: part(r.place), date: r.date && { text: text.slice(r.date.start, r.date.end), month: r.date.month, day: r.date.day } }
}

describe('readDateline', () => {
  it.each([
    ['东昌府讯', { kind: 'xun', outlet: null, place: '东昌府', date: null }],
    ['古楼街讯', { kind: 'xun', outlet: null, place: '古楼街', date: null }],
    ['本报讯', { kind: 'xun', outlet: '本报', place: null, date: null }],
    ['本报北京12月21日电', { kind: 'dian', outlet: '本报', place: '北京', date: { text: '12月21日', month: 12, day: 21 } }],
    ['新华社北京12月31日电', { kind: 'dian', outlet: '新华社', place: '北京', date: { text: '12月31日', month: 12, day: 31 } }],
    ['本报合肥18日电', { kind: 'dian', outlet: '本报', place: '合肥', date: { text: '18日', month: undefined, day: 18 } }],
    ['新华社北京十二月二十一日电', { kind: 'dian', outlet: '新华社', place: '北京', date: { text: '十二月二十一日', month: 12, day: 21 } }],
    ['香港文匯報訊', { kind: 'xun', outlet: '香港文匯報', place: null, date: null }],
    ['長江日報訊', { kind: 'xun', outlet: '長江日報', place: null, date: null }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it.each(['讯', '编者按', '今年以来,我区讯', '一二三四五六七八九十一二三四五六七八九十一二三四五讯', '本报记者'])('%s is no dateline', (text) => {
    expect(read(text)).toBeNull()
  })
})
