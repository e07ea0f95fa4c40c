import { describe, expect, it } from 'vitest'
import { type DateParser, defaultDateRules, extractDates, parseDispatch } from '../src/index.js'

/** The mention that covers all of `text`: its start and end. */
function read(text: string, issueDate: string, referenceDate?: string): [string | null, string | null] {
  const mentions = extractDates(text, { issueDate, ...(referenceDate && { referenceDate }) })
  expect(mentions.map((m) => m.text)).toEqual([text])
  return [mentions[0]!.start, mentions[0]!.end]
}

type Row = [text: string, issue: string, start: string, end: string]

describe('date forms', () => {
  const weekdays: Row[] = [
    // 2017-03-22 was a Wednesday: a bare weekday is the latest one up to it
    ['星期一', '2017-03-22', '2017-03-20', '2017-03-20'],
    ['星期三', '2017-03-22', '2017-03-22', '2017-03-22'],
    ['周四', '2017-03-22', '2017-03-16', '2017-03-16'],
    ['上周五', '2017-03-22', '2017-03-17', '2017-03-17'],
    ['上上個週三', '2017-03-22', '2017-03-08', '2017-03-08'],
    ['下周周六', '2017-03-22', '2017-04-01', '2017-04-01'],
    ['下下周日', '2017-03-22', '2017-04-09', '2017-04-09'],
    ['这周二', '2017-03-22', '2017-03-21', '2017-03-21'],
    ['上礼拜天', '2017-03-22', '2017-03-19', '2017-03-19'],
    ['下周末', '2017-03-22', '2017-04-01', '2017-04-02'],
    ['上个星期', '2017-03-22', '2017-03-13', '2017-03-19'],
    ['6月第3个星期日', '2021-06-14', '2021-06-20', '2021-06-20'],
    ['四月的最后一个星期一', '2019-07-22', '2019-04-29', '2019-04-29'],
  ]
  const holidays: Row[] = [
    ['元旦', '2017-03-22', '2017-01-01', '2017-01-01'],
    ['国庆节', '2017-03-22', '2017-10-01', '2017-10-01'],
    ['教师节', '2021-06-14', '2021-09-10', '2021-09-10'],
    ['去年元旦', '2020-06-14', '2019-01-01', '2019-01-01'],
    // lunar: 2017's Spring Festival fell on 28 January, its eve on the 27th
    ['春节', '2017-03-22', '2017-01-28', '2017-01-28'],
    ['除夕', '2017-03-22', '2017-01-27', '2017-01-27'],
    ['中秋节', '2017-03-22', '2017-10-04', '2017-10-04'],
    ['零六年端午', '2020-06-14', '2006-05-31', '2006-05-31'],
    ['去年春节', '2020-06-14', '2019-02-05', '2019-02-05'],
    ['农历元宵', '2021-06-14', '2021-02-26', '2021-02-26'],
    ['大年初十', '2021-06-14', '2021-02-21', '2021-02-21'],
    // a written year of a lunar holiday is a lunar year: lunar 2023 ended on 2024-02-09
    ['2023年大年三十', '2021-09-01', '2024-02-09', '2024-02-09'],
    ['庚子年春节', '2020-01-31', '2020-01-25', '2020-01-25'],
    ['清明节', '2017-03-22', '2017-04-04', '2017-04-04'],
    ['农历2015年十月初一', '2017-03-22', '2015-11-12', '2015-11-12'],
    ['去年五月初五', '2021-06-14', '2020-06-25', '2020-06-25'],
    ['农历闰四月', '2020-07-01', '2020-05-23', '2020-06-20'],
    ['今年腊月', '2021-06-14', '2022-01-03', '2022-01-31'],
  ]
  const times: Row[] = [
    ['15:37', '2021-06-14', '2021-06-14T15:37', '2021-06-14T15:37'],
    ['下午6:42:02', '2021-06-14', '2021-06-14T18:42', '2021-06-14T18:42'],
    ['今天十一点半', '2021-06-14', '2021-06-14T11:30', '2021-06-14T11:30'],
    ['下午五点一刻到六点', '2017-03-22', '2017-03-22T17:15', '2017-03-22T18:00'],
    ['上月30号12:37', '2021-06-14', '2021-05-30T12:37', '2021-05-30T12:37'],
    ['零点', '2017-03-22', '2017-03-22T00:00', '2017-03-22T00:59'],
    // 24时 is the next day's first moment
    ['24时', '2017-03-22', '2017-03-23T00:00', '2017-03-23T00:00'],
    ['晚上11点 ~ 凌晨2点', '2012-08-10', '2012-08-10T23:00', '2012-08-11T02:00'],
    ['早上五到六点', '2017-03-22', '2017-03-22T05:00', '2017-03-22T06:00'],
    ['2018-11-29 18:59', '2021-06-14', '2018-11-29T18:59', '2018-11-29T18:59'],
  ]
  const ranges: Row[] = [
    ['2016-2018', '2017-03-22', '2016-01-01', '2018-12-31'],
    ['1月3至2月10', '2021-06-14', '2021-01-03', '2021-02-10'],
    ['三月到五月', '2018-09-18', '2018-03-01', '2018-05-31'],
    ['2020-05-26至2020-05-29', '2021-06-14', '2020-05-26', '2020-05-29'],
    ['15年一月十日到十二日', '2017-03-22', '2015-01-10', '2015-01-12'],
    ['去年春节到元宵节', '2020-06-14', '2019-02-05', '2019-02-19'],
    ['2015年和2018年之间', '2018-09-18', '2015-01-01', '2018-12-31'],
    ['1985到89年9月', '2020-06-14', '1985-01-01', '1989-09-30'],
    ['六七两日', '1946-05-16', '1946-05-06', '1946-05-07'],
    ['从2015年起', '2019-01-06', '2015-01-01', '2019-01-06'],
  ]
  const years: Row[] = [
    ['15年3月2日', '2021-06-14', '2015-03-02', '2015-03-02'],
    ['零七年八月二十九号', '2017-10-30', '2007-08-29', '2007-08-29'],
    ['91年5月', '2021-06-14', '1991-05-01', '1991-05-31'],
    ['07年', '2017-03-22', '2007-01-01', '2007-12-31'],
    ['2008 年', '2017-03-22', '2008-01-01', '2008-12-31'],
    ['2018年 12月', '2017-03-22', '2018-12-01', '2018-12-31'],
    ['民国三年', '2017-03-22', '1914-01-01', '1914-12-31'],
    ['0022年', '2017-03-22', '0022-01-01', '0022-12-31'],
  ]
  const periods: Row[] = [
    ['2022年前十一个月', '2021-06-14', '2022-01-01', '2022-11-30'],
    ['今年前五个月', '2021-06-14', '2021-01-01', '2021-05-31'],
    ['两年前', '2021-06-14', '2019-01-01', '2019-12-31'],
    ['3年后', '2021-06-14', '2024-01-01', '2024-12-31'],
    ['20天后', '2021-06-14', '2021-07-04', '2021-07-04'],
    ['5天前', '2018-08-30', '2018-08-25', '2018-08-25'],
    ['上季度末', '2021-06-14', '2021-03-01', '2021-03-31'],
    ['下下个季度', '2021-06-14', '2021-10-01', '2021-12-31'],
    ['2021年的第一周', '2018-11-29', '2021-01-04', '2021-01-10'],
  ]
  for (const [name, rows] of Object.entries({ weekdays, holidays, times, ranges, years, periods })) {
    describe(name, () => {
      it.each(rows)('%s (issue %s)', (text, issue, start, end) => {
        expect(read(text.replace(/^从/, ''), issue)).toEqual([start, end])
      })
    })
  }

  it('keeps 从 out of the mention and reads the period to the issue date', () => {
    expect(extractDates('从2015年起，', { issueDate: '2019-01-06' })).toMatchObject([
      { text: '2015年起', start: '2015-01-01', end: '2019-01-06' },
    ])
  })
})

describe('no date where the text places none', () => {
  it.each([
    '他忙碌了一上午。',
    '晚上年轻人出门逛',
    '深夜里，好心居民',
    '比分3:2',
    '明月中学',
    '三四年前的事',
    '每周一次',
  ])('%s', (text) => {
    expect(extractDates(text, { issueDate: '2022-12-22' }).map((m) => m.text)).toEqual([])
  })
})

describe('dates anchored to the dispatch', () => {
  it('reads 今天, weekdays and bare days against the dateline in the text', () => {
    const text = '本报北京11月18日电 今天，会议在京召开。上周五，筹备组成立。17日，代表报到。'
    expect(extractDates(text, { issueDate: '2020-11-19' }).map((m) => [m.text, m.start])).toEqual([
      ['11月18日', '2020-11-18'],
      ['今天', '2020-11-18'],
      ['上周五', '2020-11-13'],
      ['17日', '2020-11-17'],
    ])
  })

  it('reads the dateline’s own date with the past bias against the issue date', () => {
    // a dispatch of 31 December printed on 1 January
    const [dateline, today] = extractDates('【新华社延安三十一日电】今日', { issueDate: '2021-01-01' })
    expect([dateline!.start, today!.start]).toEqual(['2020-12-31', '2020-12-31'])
  })

  it('takes a reference date from the options', () => {
    expect(read('明年', '2020-12-31', '2021-01-02')).toEqual(['2022-01-01', '2022-12-31'])
    expect(read('昨天', '2020-12-31', '2021-01-02')).toEqual(['2021-01-01', '2021-01-01'])
  })

  it('parseDispatch counts each article’s relative dates from its dateline', () => {
    const page = '# 标题\n\n本报北京12月30日电 今天，会议召开。明天，会议闭幕。\n'
    const [article] = parseDispatch(page, { issueDate: '2021-01-01' }).articles
    expect(article!.dates.map((d) => [d.text, d.start])).toEqual([
      ['今天', '2020-12-30'],
      ['明天', '2020-12-31'],
    ])
  })
})

describe('calendar values', () => {
  it('rejects an issue date that is no real date, naming it', () => {
    expect(() => extractDates('今天', { issueDate: '2022-02-30' })).toThrow(/issueDate 2022-02-30/)
    expect(() => extractDates('今天', { issueDate: '2022-13-40' })).toThrow(TypeError)
    expect(() => parseDispatch('今天', { issueDate: '2022-02-30' })).toThrow(/2022-02-30/)
  })

  it('reads a 2月29日 in a year without one as the last year that had it', () => {
    expect(read('2月29日', '2017-03-22')).toEqual(['2016-02-29', '2016-02-29'])
  })

  it('keeps a clock time in a daylight-saving gap as written', () => {
    expect(read('1986年5月4日凌晨2时30分', '1986-05-05')).toEqual(['1986-05-04T02:30', '1986-05-04T02:30'])
  })
})

describe('date rules as a list', () => {
  const fiscal: DateParser = {
    name: 'fiscal-year',
    firstChars: 'F',
    pattern: /FY(?<year>\d{4})/y,
    parse(match) {
      const year = Number(match.groups!.year)
      const day = (m: number, d: number) => Date.UTC(year, m - 1, d) / 86_400_000
      return {
        start: day(1, 1) * 1440,
        end: day(12, 31) * 1440,
        timed: false,
        precision: 'year',
        relative: false,
        vague: false,
        stated: { year },
        base: { year },
      }
    },
  }

  it('takes a parser a plugin adds, alongside the built-in ones', () => {
    const rules = defaultDateRules()
    rules.parsers.push(fiscal)
    expect(extractDates('12月21日与FY2021', { issueDate: '2022-12-22', rules }).map((m) => [m.text, m.end])).toEqual([
      ['12月21日', '2022-12-21'],
      ['FY2021', '2021-12-31'],
    ])
    expect(extractDates('FY2021', { issueDate: '2022-12-22' })).toEqual([])
  })

  it('lets a plugin take a refiner out', () => {
    const rules = defaultDateRules()
    rules.refiners = rules.refiners.filter((r) => r.name !== 'merge-ranges')
    expect(extractDates('1月3日至10日', { issueDate: '2021-06-14', rules }).map((m) => m.text)).toEqual([
      '1月3日',
      '10日',
    ])
  })

  it('refuses two rules of one name', () => {
    const rules = defaultDateRules()
    rules.parsers.push({ ...fiscal, name: 'written-date' })
    expect(() => extractDates('x', { rules })).toThrow(/written-date/)
  })
})
