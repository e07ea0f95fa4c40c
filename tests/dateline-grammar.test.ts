import { Lexer } from 'chevrotain'
import { describe, expect, it } from 'vitest'
import { datelineTokens } from '../grammar/dateline-tokens.js'
import { DatelineParser, lexDateline, parseDateline } from '../grammar/dateline.js'
import { readDateline } from '../src/extract/dateline.js'
import { compileLexicon } from '../src/lexicon.js'
import { builtinVocabulary, mergeVocabulary } from '../src/vocabulary/index.js'

const lexicon = compileLexicon(builtinVocabulary)
const names = (text: string): string[] | null =>
  lexDateline(lexicon.fold(text), lexicon)?.map((t) => t.tokenType.name) ?? null
/** The parts a parse names, as text. */
const parts = (text: string, lx = lexicon) => {
  const parse = parseDateline(lx.fold(text), lx)
  if (parse === null) return null
  const part = (range: [number, number] | null) => (range === null ? null : text.slice(...range))
  return {
    kind: parse.kind,
    outlet: part(parse.outlet),
    place: part(parse.place),
    date: part(parse.date && [parse.date.start, parse.date.end]),
  }
}

describe('dateline grammar', () => {
  it('builds with every self-check on and keeps the first-character optimisation', () => {
    expect(() => new DatelineParser({ validate: true })).not.toThrow()
    const lexer = new Lexer(datelineTokens, { positionTracking: 'onlyOffset', ensureOptimizations: true })
    expect((lexer as unknown as { canModeBeOptimized: object }).canModeBeOptimized).toEqual({ defaultMode: true })
  })

  it.each([
    ['中央社/ 台北7日電', ['Agency', 'Slash', 'PlaceChar', 'PlaceChar', 'Day', 'Dian']],
    ['本报北京12月21日电', ['Outlet', 'PlaceChar', 'PlaceChar', 'Day', 'Dian']],
    ['明報專訊', ['Outlet', 'Xun']], // 明报, a known outlet
    ['台北報導', ['PlaceChar', 'PlaceChar', 'Xun']],
    ['云上通山报道', ['PlaceChar', 'PlaceChar', 'PlaceChar', 'PlaceChar', 'Report']],
    ['本報消息', ['Outlet', 'News']],
    [
      '芙蓉、波德申26日讯',
      ['PlaceChar', 'PlaceChar', 'Separator', 'PlaceChar', 'PlaceChar', 'PlaceChar', 'Day', 'Xun'],
    ],
    ['北京32日电', ['PlaceChar', 'PlaceChar', 'NotADay', 'Dian']],
    ['三月街5日讯', ['PlaceChar', 'PlaceChar', 'PlaceChar', 'Day', 'Xun']],
    ['据新华社电', ['According', 'Outlet', 'Dian']],
    ['据新华社北京三月五日电', ['According', 'Outlet', 'PlaceChar', 'PlaceChar', 'Day', 'Dian']],
    ['荆楚网(湖北日报网)讯', ['PlaceChar', 'PlaceChar', 'PlaceChar', 'Parent', 'Xun']],
    [
      '中央社記者郭建伸、王揚宇台北10日電',
      ['Outlet', 'ReporterWord', 'ReporterName', 'Separator', 'ReporterName', 'PlaceChar', 'PlaceChar', 'Day', 'Dian'],
    ],
    ['綜合報導', ['Compiled', 'Xun']],
    ['新华社综合电', ['Outlet', 'Compiled', 'Dian']],
    ['本報記者綜合報導', ['Outlet', 'ReporterWord', 'Compiled', 'Xun']],
    ['综合大楼讯', ['PlaceChar', 'PlaceChar', 'PlaceChar', 'PlaceChar', 'Xun']],
  ])('lexes %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    '本报讯,',
    '今年以来,我区讯',
    '我的家乡讯',
    '北京、讯',
    '、台北讯',
    '讯',
    '一二三四五六七八九十一二三四五六七八九十一二三四五讯',
  ])('finds no tokens of a dateline in %s', (text) => {
    expect(names(text)).toBeNull()
  })

  it.each([
    // a date that is no day of a month stays in the place
    ['北京32日电', { kind: 'dian', outlet: null, place: '北京32日', date: null }],
    ['本报13月5日电', { kind: 'dian', outlet: '本报', place: '13月5日', date: null }],
    // after an agency, a day alone will do; the separator may follow an outlet
    ['中央社/ 7日电', { kind: 'dian', outlet: '中央社', place: null, date: '7日' }],
    ['本报、北京电', { kind: 'dian', outlet: '本报', place: '、北京', date: null }],
    // a report compiled from sources names no place
    ['綜合報導', { kind: 'xun', outlet: null, place: null, date: null }],
    ['本报综合消息', { kind: 'xun', outlet: '本报', place: null, date: null }],
    // the paper's reporters compiled it: the role word alone, naming no one, only before 综合
    ['本報記者綜合報導', { kind: 'xun', outlet: '本報', place: null, date: null }],
    ['新华社北京综合电', { kind: 'dian', outlet: '新华社', place: '北京', date: null }],
    // a dispatch cited: the outlet after 据
    ['据新华社电', { kind: 'dian', outlet: '新华社', place: null, date: null }],
    ['据新华社北京三月五日电', { kind: 'dian', outlet: '新华社', place: '北京', date: '三月五日' }],
  ])('parses %s', (text, expected) => {
    expect(parts(text)).toEqual(expected)
  })

  it.each([
    '中央社/电', // an agency and no words after the slash
    '北京/上海电', // a slash after no agency
    '据新华社报道', // a source cited in a sentence: 据 before 报道
    '据新华社消息', // … or before 消息
    '据北京电', // 据 before no outlet
    '12月21日电', // a day, but no outlet or place
    '最新消息', // 消息 with no outlet before it
    '北京12日报道', // 报道 after a date
    '一二三四五六七八九十一报道', // 报道 after more than ten characters
  ])('parses %s as no dateline', (text) => {
    expect(parseDateline(lexicon.fold(text), lexicon)).toBeNull()
  })

  it('reads the reporters a CNA dateline names between its outlet and its place', () => {
    const reporters = (text: string) => {
      const parse = parseDateline(lexicon.fold(text), lexicon)
      return parse && [parse.reporters && text.slice(...parse.reporters), parse.place && text.slice(...parse.place)]
    }
    expect(reporters('中央社記者戴雅真台北29日電')).toEqual(['記者戴雅真', '台北'])
    expect(reporters('中央社記者郭建伸、王揚宇台北10日電')).toEqual(['記者郭建伸、王揚宇', '台北'])
    expect(reporters('中央社記者何宏儒布魯塞爾9日專電')).toEqual(['記者何宏儒', '布魯塞爾'])
    // a name needs a surname, and the place after it two characters
    expect(reporters('中央社記者北京電')).toBeNull()
    expect(reporters('本报北京12月21日电')).toEqual([undefined, '北京'])
    // the role word alone before 综合: the paper's reporters, naming no one, and no place
    expect(reporters('本報記者綜合報導')).toEqual(['記者', null])
    expect(reporters('本报记者张三讯')).toBeNull()
  })

  it("reads the outlets a plugin adds to the parser's lexicon", () => {
    const plugged = compileLexicon(mergeVocabulary(builtinVocabulary, { outlets: ['看看新闻'] }))
    expect(parts('看看新闻上海5日电', plugged)).toEqual({
      kind: 'dian',
      outlet: '看看新闻',
      place: '上海',
      date: '5日',
    })
    expect(parts('看看新闻上海5日电')).toEqual({ kind: 'dian', outlet: null, place: '看看新闻上海', date: '5日' })
    expect(readDateline(plugged.fold('看看新闻消息'), plugged)).toEqual({
      kind: 'xun',
      outlet: [0, 4],
      place: null,
      date: null,
    })
    expect(readDateline(lexicon.fold('看看新闻消息'), lexicon)).toBeNull()
  })

  it('gives each caller a parse of its own, though it keeps the last ones', () => {
    const first = parseDateline('本报北京12月21日电', lexicon)!
    first.outlet![1] = 9
    first.date!.day = 1
    expect(parseDateline('本报北京12月21日电', lexicon)).toEqual({
      kind: 'dian',
      report: false,
      outlet: [0, 2],
      place: [2, 4],
      date: { start: 4, end: 10, month: 12, day: 21 },
    })
  })
})
