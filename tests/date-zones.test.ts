import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url))

/** Texts whose readings a machine's zone could shift if the code used local `Date`s. */
const CASES: [text: string, issueDate: string][] = [
  ['1994年', '1995-03-01'],
  ['1986年5月4日凌晨2时30分', '1986-05-05'],
  ['今年以来', '2022-12-22'],
  ['12月30日至1月2日', '2023-01-05'],
  ['晚上11点 ~ 凌晨2点', '2012-08-10'],
  ['24时', '2020-12-31'],
  ['上上周', '2024-11-15'],
  ['春节', '2017-03-22'],
  ['农历闰四月', '2020-07-01'],
  ['2月29日', '2017-03-22'],
  ['0022年', '2017-03-22'],
  ['3个月后', '2021-11-30'],
]

/** The readings of CASES by the built bundle in a child process under a zone. */
function readingsUnder(zone: string): unknown {
  const script = `
    const { extractDates } = await import(${JSON.stringify(dist)})
    const cases = ${JSON.stringify(CASES)}
    console.log(JSON.stringify(cases.map(([text, issueDate]) => extractDates(text, { issueDate }).map((m) => [m.text, m.start, m.end]))))
  `
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, TZ: zone },
  })
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout)
}

describe('dates are the same in every time zone', () => {
  const utc = readingsUnder('UTC')

  it('reads calendar values under UTC', () => {
    expect(utc).toEqual([
      [['1994年', '1994-01-01', '1994-12-31']],
      [['1986年5月4日凌晨2时30分', '1986-05-04T02:30', '1986-05-04T02:30']],
      [['今年以来', '2022-01-01', '2022-12-22']],
      [['12月30日至1月2日', '2022-12-30', '2023-01-02']],
      [['晚上11点 ~ 凌晨2点', '2012-08-10T23:00', '2012-08-11T02:00']],
      [['24时', '2021-01-01T00:00', '2021-01-01T00:00']],
      [['上上周', '2024-10-28', '2024-11-03']],
      [['春节', '2017-01-28', '2017-01-28']],
      [['农历闰四月', '2020-05-23', '2020-06-20']],
      [['2月29日', '2016-02-29', '2016-02-29']],
      [['0022年', '0022-01-01', '0022-12-31']],
      [['3个月后', '2022-02-01', '2022-02-28']],
    ])
  })

  it.each(['Pacific/Kiritimati', 'America/New_York', 'Asia/Shanghai'])('reads the same under %s', (zone) => {
    expect(readingsUnder(zone)).toEqual(utc)
  })
})
