import { describe, expect, it } from 'vitest'
import { expectLinear, varied } from './helpers/growth.js'
import { extractDates, parseDispatch } from '../src/index.js'

type Row = [text: string, issue: string, start: string | null, end: string | null, precision: string, flags?: string]

/** The one mention `text` gives, as `[start, end, precision, flags]`; flags: r relative, v vague. */
function only(text: string, issueDate: string | undefined) {
  const mentions = extractDates(text, { issueDate })
  expect(mentions.map((m) => m.text)).toEqual([text])
  const [m] = mentions
  return [m!.start, m!.end, m!.precision, `${m!.relative ? 'r' : ''}${m!.vague ? 'v' : ''}`]
}

const table: Row[] = [
  // full dates
  ['2022年12月21日', '2022-12-22', '2022-12-21', '2022-12-21', 'day', ''],
  ['2022-12-21', '2022-12-22', '2022-12-21', '2022-12-21', 'day', ''],
  ['2022.12.21', '2022-12-22', '2022-12-21', '2022-12-21', 'day', ''],
  ['2022/1/5', '2022-12-22', '2022-01-05', '2022-01-05', 'day', ''],
  ['二〇二二年十二月二十一日', '2022-12-22', '2022-12-21', '2022-12-21', 'day', ''],
  ['2022年', '2022-12-22', '2022-01-01', '2022-12-31', 'year', ''],
  ['2019年9月', '2022-12-22', '2019-09-01', '2019-09-30', 'month', ''],
  ['2020年2月', '2022-12-22', '2020-02-01', '2020-02-29', 'month', ''],
  ['2022年上半年', '2022-12-22', '2022-01-01', '2022-06-30', 'half', ''],
  ['2022年前三季度', '2023-01-05', '2022-01-01', '2022-09-30', 'quarter', ''],
  ['2021年底', '2022-12-22', '2021-12-01', '2021-12-31', 'month', ''],
  ['2022年初', '2022-12-22', '2022-01-01', '2022-01-31', 'month', ''],
  // month-day and day, with a past bias
  ['12月21日', '2022-12-22', '2022-12-21', '2022-12-21', 'day', 'r'],
  ['12月30日', '2023-01-02', '2022-12-30', '2022-12-30', 'day', 'r'],
  ['12月31日', '2020-01-01', '2019-12-31', '2019-12-31', 'day', 'r'],
  ['1月1日', '2020-01-02', '2020-01-01', '2020-01-01', 'day', 'r'],
  ['1月5日', '2022-12-22', '2022-01-05', '2022-01-05', 'day', 'r'],
  ['12月25日', '2022-12-22', '2022-12-25', '2022-12-25', 'day', 'r'],
  ['2月10日', '2022-12-22', '2022-02-10', '2022-02-10', 'day', 'r'],
  ['3月1日', '2023-01-05', '2023-03-01', '2023-03-01', 'day', 'r'],
  // a bare month-day takes the issue year (only a December one in a January issue is last year's)
  ['6月1日', '2023-01-05', '2023-06-01', '2023-06-01', 'day', 'r'],
  ['18日', '2022-12-22', '2022-12-18', '2022-12-18', 'day', 'r'],
  ['21日', '2022-12-22', '2022-12-21', '2022-12-21', 'day', 'r'],
  ['30日', '2023-01-02', '2022-12-30', '2022-12-30', 'day', 'r'],
  ['31日', '2022-12-01', '2022-10-31', '2022-10-31', 'day', 'r'],
  // a day later than the issue day is last month's
  ['25日', '2022-12-22', '2022-11-25', '2022-11-25', 'day', 'r'],
  ['28日', '2022-12-22', '2022-11-28', '2022-11-28', 'day', 'r'],
  ['5号', '2022-12-22', '2022-12-05', '2022-12-05', 'day', 'r'],
  ['十二月二十一日', '2022-12-22', '2022-12-21', '2022-12-21', 'day', 'r'],
  ['三月廿三日', '2022-12-22', '2022-03-23', '2022-03-23', 'day', 'r'],
  ['12月', '2022-12-22', '2022-12-01', '2022-12-31', 'month', 'r'],
  ['11月底', '2022-12-22', '2022-11-21', '2022-11-30', 'xun', 'r'],
  ['12月上旬', '2022-12-22', '2022-12-01', '2022-12-10', 'xun', 'r'],
  ['11月中旬', '2022-12-22', '2022-11-11', '2022-11-20', 'xun', 'r'],
  ['2月下旬', '2024-03-05', '2024-02-21', '2024-02-29', 'xun', 'r'],
  ['5月初', '2022-12-22', '2022-05-01', '2022-05-10', 'xun', 'r'],
  // times
  ['12月19日晚18时', '2022-12-22', '2022-12-19T18:00', '2022-12-19T18:59', 'hour', 'r'],
  ['19日晚', '2022-12-22', '2022-12-19T18:00', '2022-12-19T23:59', 'part-of-day', 'r'],
  ['12月1日晚22时许', '2022-12-22', '2022-12-01T22:00', '2022-12-01T22:59', 'hour', 'r'],
  ['2022年12月19日上午10时30分', '2022-12-22', '2022-12-19T10:30', '2022-12-19T10:30', 'minute', ''],
  ['上午7时许', '2022-12-22', '2022-12-22T07:00', '2022-12-22T07:59', 'hour', 'r'],
  ['下午3点半', '2022-12-22', '2022-12-22T15:30', '2022-12-22T15:30', 'minute', 'r'],
  ['晚18时', '2022-12-22', '2022-12-22T18:00', '2022-12-22T18:59', 'hour', 'r'],
  ['凌晨2时', '2022-12-22', '2022-12-22T02:00', '2022-12-22T02:59', 'hour', 'r'],
  ['晚上八点', '2022-12-22', '2022-12-22T20:00', '2022-12-22T20:59', 'hour', 'r'],
  ['9点15分', '2022-12-22', '2022-12-22T09:15', '2022-12-22T09:15', 'minute', 'r'],
  ['14时', '2022-12-22', '2022-12-22T14:00', '2022-12-22T14:59', 'hour', 'r'],
  // days relative to the issue
  ['今天', '2022-12-22', '2022-12-22', '2022-12-22', 'day', 'r'],
  ['今日', '2022-12-22', '2022-12-22', '2022-12-22', 'day', 'r'],
  ['昨天', '2022-12-22', '2022-12-21', '2022-12-21', 'day', 'r'],
  ['昨日', '2023-01-01', '2022-12-31', '2022-12-31', 'day', 'r'],
  ['前天', '2023-01-01', '2022-12-30', '2022-12-30', 'day', 'r'],
  ['明天', '2022-12-31', '2023-01-01', '2023-01-01', 'day', 'r'],
  ['后天', '2022-12-22', '2022-12-24', '2022-12-24', 'day', 'r'],
  ['当天', '2022-12-22', '2022-12-22', '2022-12-22', 'day', 'r'],
  ['昨天下午', '2022-12-22', '2022-12-21T13:00', '2022-12-21T17:59', 'part-of-day', 'r'],
  ['今天上午9时', '2022-12-22', '2022-12-22T09:00', '2022-12-22T09:59', 'hour', 'r'],
  // weeks, months, years
  ['本周', '2022-12-22', '2022-12-19', '2022-12-25', 'week', 'r'],
  ['上周', '2022-12-22', '2022-12-12', '2022-12-18', 'week', 'r'],
  ['下周', '2022-12-22', '2022-12-26', '2023-01-01', 'week', 'r'],
  ['本月', '2022-12-22', '2022-12-01', '2022-12-31', 'month', 'r'],
  ['上月', '2023-01-10', '2022-12-01', '2022-12-31', 'month', 'r'],
  ['上个月', '2022-03-10', '2022-02-01', '2022-02-28', 'month', 'r'],
  ['下月', '2022-12-22', '2023-01-01', '2023-01-31', 'month', 'r'],
  ['今年', '2022-12-22', '2022-01-01', '2022-12-31', 'year', 'r'],
  ['去年', '2022-12-22', '2021-01-01', '2021-12-31', 'year', 'r'],
  ['前年', '2022-12-22', '2020-01-01', '2020-12-31', 'year', 'r'],
  ['明年', '2022-12-22', '2023-01-01', '2023-12-31', 'year', 'r'],
  ['上年度', '2022-12-22', '2021-01-01', '2021-12-31', 'year', 'r'],
  ['本年度', '2022-12-22', '2022-01-01', '2022-12-31', 'year', 'r'],
  // parts of the year
  ['上半年', '2022-12-22', '2022-01-01', '2022-06-30', 'half', 'r'],
  ['下半年', '2022-12-22', '2022-07-01', '2022-12-31', 'half', 'r'],
  ['今年上半年', '2022-12-22', '2022-01-01', '2022-06-30', 'half', 'r'],
  ['去年下半年', '2022-12-22', '2021-07-01', '2021-12-31', 'half', 'r'],
  ['一季度', '2022-12-22', '2022-01-01', '2022-03-31', 'quarter', 'r'],
  ['第二季度', '2022-12-22', '2022-04-01', '2022-06-30', 'quarter', 'r'],
  ['三季度', '2022-12-22', '2022-07-01', '2022-09-30', 'quarter', 'r'],
  ['前三季度', '2022-12-22', '2022-01-01', '2022-09-30', 'quarter', 'r'],
  ['首季', '2022-12-22', '2022-01-01', '2022-03-31', 'quarter', 'r'],
  ['年初', '2022-12-22', '2022-01-01', '2022-01-31', 'month', 'r'],
  ['年底', '2022-12-22', '2022-12-01', '2022-12-31', 'month', 'r'],
  ['去年年底', '2022-12-22', '2021-12-01', '2021-12-31', 'month', 'r'],
  ['月底', '2022-12-22', '2022-12-21', '2022-12-31', 'xun', 'r'],
  ['上旬', '2022-02-05', '2022-02-01', '2022-02-10', 'xun', 'r'],
  ['下旬', '2022-02-25', '2022-02-21', '2022-02-28', 'xun', 'r'],
  // running periods
  ['今年以来', '2022-12-22', '2022-01-01', '2022-12-22', 'day', 'r'],
  ['去年以来', '2022-12-22', '2021-01-01', '2022-12-22', 'day', 'r'],
  ['2019年以来', '2022-12-22', '2019-01-01', '2022-12-22', 'day', 'r'],
  ['截至11月底', '2022-12-22', null, '2022-11-30', 'xun', 'r'],
  ['截至目前', '2022-12-22', null, '2022-12-22', 'day', 'r'],
  ['截至2022年9月30日', '2022-12-22', null, '2022-09-30', 'day', ''],
  ['截止到10月', '2022-12-22', null, '2022-10-31', 'month', 'r'],
  ['1-11月', '2022-12-22', '2022-01-01', '2022-11-30', 'month', 'r'],
  ['1至11月', '2022-12-22', '2022-01-01', '2022-11-30', 'month', 'r'],
  ['1-11月', '2023-01-10', '2022-01-01', '2022-11-30', 'month', 'r'],
  // ranges
  ['6月10日至12日', '2022-12-22', '2022-06-10', '2022-06-12', 'day', 'r'],
  ['12月19日至21日', '2022-12-22', '2022-12-19', '2022-12-21', 'day', 'r'],
  ['12月19日-21日', '2022-12-22', '2022-12-19', '2022-12-21', 'day', 'r'],
  ['2022年1月至11月', '2022-12-22', '2022-01-01', '2022-11-30', 'month', ''],
  ['12月30日至1月2日', '2023-01-05', '2022-12-30', '2023-01-02', 'day', 'r'],
  // durations counted back
  ['三年来', '2022-12-22', '2019-12-22', '2022-12-22', 'year', 'r'],
  ['这三年来', '2022-12-22', '2019-12-22', '2022-12-22', 'year', 'r'],
  ['近五年', '2022-12-22', '2017-12-22', '2022-12-22', 'year', 'r'],
  ['近3个月', '2022-12-22', '2022-09-22', '2022-12-22', 'month', 'r'],
  ['10年来', '2022-12-22', '2012-12-22', '2022-12-22', 'year', 'r'],
  ['多年来', '2022-12-22', '2017-12-22', '2022-12-22', 'year', 'rv'],
  // vague windows
  ['近日', '2022-12-22', '2022-12-12', '2022-12-22', 'day', 'rv'],
  ['日前', '2022-12-22', '2022-12-12', '2022-12-22', 'day', 'rv'],
  ['连日来', '2022-12-22', '2022-12-15', '2022-12-22', 'day', 'rv'],
  ['近期', '2022-12-22', '2022-11-22', '2022-12-22', 'day', 'rv'],
  ['近年来', '2022-12-22', '2017-12-22', '2022-12-22', 'year', 'rv'],
  ['目前', '2022-12-22', '2022-12-22', '2022-12-22', 'day', 'r'],
]

describe('extractDates', () => {
  it.each(table)('%s (issue %s)', (text, issue, start, end, precision, flags = '') => {
    expect(only(text, issue)).toEqual([start, end, precision, flags])
  })

  describe('reads a Chinese-numeral date as the same date in digits', () => {
    const cn = (n: number) =>
      n <= 10
        ? '〇一二三四五六七八九十'[n]!
        : n < 20
          ? `十${'一二三四五六七八九'[n - 11]}`
          : `${'二三'[Math.floor(n / 10) - 2]}十${n % 10 === 0 ? '' : '一二三四五六七八九'[(n % 10) - 1]}`
    const cases: [string, string][] = []
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= new Date(2022, month, 0).getDate(); day++)
        cases.push([`${cn(month)}月${cn(day)}日`, `${month}月${day}日`])
    }
    it.each(cases)('%s = %s', (chinese, digits) => {
      expect(only(chinese, '2022-12-22')).toEqual(only(digits, '2022-12-22'))
    })
  })

  describe('finds no date in numbers that only look like one', () => {
    it.each([
      '同比增长20.4%',
      '可容纳200人',
      '发放稳岗返还资金1094万元',
      '全区已发放2483家企业',
      '比分3:2',
      '咨询电话0635-8321234',
      '手机13905351234',
      '24小时',
      '家住16号楼的业主',
      '(2002年第3号)里的第3号',
      '三点建议',
      '快一点',
      '晚上年轻人出门',
      '马上年轻人出门',
      '20个百分点',
      '5.5%',
      '2400片',
      '初步统计',
      '第二',
      '雪龙2号首航南极',
      '年度计划投资',
      '每周都会定期召开',
      '3个单位',
      '一年一度',
      '365天',
    ])('%s', (text) => {
      const found = extractDates(text, { issueDate: '2022-12-22' }).map((m) => m.text)
      expect(found.filter((t) => !/^\d{4}年$/.test(t))).toEqual([])
    })
  })

  it('keeps what it cannot resolve without an issue date, saying what was stated', () => {
    expect(extractDates('12月21日,昨天,截至11月底,2022年12月19日')).toMatchObject([
      { text: '12月21日', start: null, end: null, precision: 'day', relative: true, stated: { month: 12, day: 21 } },
      { text: '昨天', start: null, end: null, relative: true, stated: {} },
      { text: '截至11月底', start: null, end: null, precision: 'xun', stated: { month: 11 } },
      {
        text: '2022年12月19日',
        start: '2022-12-19',
        end: '2022-12-19',
        relative: false,
        stated: { year: 2022, month: 12, day: 19 },
      },
    ])
  })

  it('reads a part of the day alone as a time phrase of its own', () => {
    expect(extractDates('上午，会议召开。', { issueDate: '2022-12-22' }).map((m) => [m.text, m.start, m.end])).toEqual([
      ['上午', '2022-12-22T08:00', '2022-12-22T11:59'],
    ])
  })

  it('reads a month-day after a date with its year written out in that year', () => {
    expect(
      extractDates('2019年,我们走过。9月30日,晚会举行。', { issueDate: '2020-01-01' }).map((m) => m.start),
    ).toEqual(['2019-01-01', '2019-09-30'])
  })

  it('counts 次日 and 当天 from the mention before, and a bare clock time on its day', () => {
    expect(
      extractDates('12月19日晚,他出门。次日上午9时,他回来。当天下午', { issueDate: '2022-12-22' }).map((m) => [
        m.text,
        m.start,
      ]),
    ).toEqual([
      ['12月19日晚', '2022-12-19T18:00'],
      ['次日上午9时', '2022-12-20T09:00'],
      ['当天下午', '2022-12-20T13:00'],
    ])
  })

  it('gives spans in the input, full-width digits and CRLF included', () => {
    const text = '去年\r\n１２月２１日，他来了。'
    const [, second] = extractDates(text, { issueDate: '2022-12-22' })
    expect(second).toMatchObject({ text: '１２月２１日', start: '2022-12-21', span: { start: 4, end: 10 } })
    expect(text.slice(second!.span.start, second!.span.end)).toBe('１２月２１日')
  })

  it('rejects a non-string', () => {
    expect(() => extractDates(1 as unknown as string)).toThrow(TypeError)
  })

  it('runs in linear time on long digit runs and repeated date words', () => {
    const read = (text: string) => extractDates(text, { issueDate: '2022-12-22' })
    for (const pieces of [
      ['1', '2', '9', '0'],
      ['12月', '3月', '11月'],
      ['今年以来', '去年以来', '近年来'],
      ['年月日', '月日年', '日年月'],
    ])
      expectLinear((n, v) => varied(pieces, n, v), read, 20_000)
  })
})

describe('dates in parseDispatch', () => {
  const page = '# 标题\n\n**本报北京12月31日电** 12月30日,会议召开。次日,会议闭幕。  \n'

  it('fills article.dates in input coordinates and resolves the dateline', () => {
    const result = parseDispatch(page, { issueDate: '2020-01-01' })
    const [article] = result.articles
    expect(article!.dateline?.date).toEqual({ text: '12月31日', month: 12, day: 31, iso: '2019-12-31' })
    expect(article!.dates.map((d) => [page.slice(d.span.start, d.span.end), d.start])).toEqual([
      ['12月30日', '2019-12-30'],
      ['次日', '2019-12-31'],
    ])
  })

  it('takes the issue date from the masthead, else the latest full date, and says so', () => {
    const masthead = parseDispatch(`2020年1月1日 星期三\n\n${page}`)
    expect(masthead.articles[0]!.dates[0]!.start).toBe('2019-12-30')
    expect(masthead.diagnostics.find((d) => d.code === 'dates/issue-date')?.message).toMatch(/date line/)
    const inferred = parseDispatch('# 标题\n\n2019年12月30日,会议召开。12月31日,会议闭幕。\n')
    expect(inferred.articles[0]!.dates.map((d) => d.start)).toEqual(['2019-12-30', '2019-12-31'])
    expect(inferred.diagnostics.find((d) => d.code === 'dates/issue-date')?.message).toMatch(
      /latest date written out in full/,
    )
    const published = parseDispatch(`作者: 来源:柚都平和 时间:2019-12-31\n\n${page}`)
    expect(published.articles[0]!.dates[0]!.start).toBe('2019-12-30')
    expect(published.diagnostics.find((d) => d.code === 'dates/issue-date')?.message).toMatch(
      /2019-12-31 is read from the page's publishing line/,
    )
  })

  it('never reads the clock: without any date on the page, relative dates stay unresolved', () => {
    const result = parseDispatch('# 标题\n\n昨天,会议召开。\n')
    expect(result.articles[0]!.dates).toMatchObject([{ text: '昨天', start: null, end: null }])
  })
})
