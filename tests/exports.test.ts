import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const seed = 'fixtures/seed/dongchangfu-2022-12-page.md'
const page = readFileSync(join(root, seed), 'utf8')
const baoxun = (args: string[]) =>
  spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { cwd: root, encoding: 'utf8' })
const titles = parseDispatch(page).articles.map((a) => a.headline.title?.text)

describe('--format csv', () => {
  it('reads back as one row per article, RFC 4180 quoting intact', () => {
    const { status, stdout } = baoxun(['parse', '--format', 'csv', seed, seed])
    expect(status).toBe(0)
    const rows = parse(stdout, { columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(12)
    expect(rows.slice(0, 6).map((r) => r.title)).toEqual(titles)
    expect(rows[5]).toMatchObject({
      file: seed,
      index: '6',
      column: '同心协力 共抗疫情',
      dateline: '古楼街讯',
      place: '古楼街',
      outlet: '融媒体',
      contributors: '郭龙君/reporter; 孙睿/correspondent',
      paragraphs: '5',
    })
    expect(rows[5]!.body!.split('\n\n')).toHaveLength(5)
    expect(stdout.startsWith('file,index,column,kicker,title,subtitle,dateline,place,outlet,dateline_date,')).toBe(true)
  })
})

describe('--format tei', () => {
  it('is well-formed TEI: one <div type="article"> per article, heads, datelines, bylines, facts marked', () => {
    const { status, stdout } = baoxun(['parse', '--format', 'tei', seed])
    expect(status).toBe(0)
    expect(XMLValidator.validate(stdout)).toBe(true)
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['div', 'head', 'p', 'TEI'].includes(name),
    }).parse(stdout)
    const divs = doc.teiCorpus.TEI[0].text.body.div
    expect(divs).toHaveLength(6)
    const mains = divs.map(
      (d: { head: { '#text': string; '@_type': string }[] }) => d.head.find((h) => h['@_type'] === 'main')?.['#text'],
    )
    expect(mains).toEqual(titles)
    expect(divs[5].dateline).toBe('古楼街讯')
    expect(stdout).toContain('<num type="money" value="75220000000">752.2亿元</num>')
    expect(stdout).toMatch(/<persName>[^<]+<\/persName>/)
  })

  it('escapes what XML must', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url))
    const out = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'parse', '--format', 'tei', '-'], {
      cwd: dir,
      input: '# 我区召开A&B座谈会 "引"\n\n正文 <b> & 更多。\n',
      encoding: 'utf8',
    }).stdout
    expect(XMLValidator.validate(out)).toBe(true)
    expect(out).toContain('<head type="main">我区召开A&amp;B座谈会 &quot;引&quot;</head>')
    expect(out).toContain('<p>正文 &lt;b&gt; &amp; 更多。</p>')
  })
})

describe('--format text', () => {
  it('prints the clean articles: headline group, then the lead and paragraphs; no furniture', () => {
    const { status, stdout } = baoxun(['parse', '--format', 'text', seed])
    expect(status).toBe(0)
    for (const title of titles) expect(stdout).toContain(`${title}\n`)
    expect(stdout).toContain('东昌府讯 (融媒体 全兴社) 今年以来,我区牢牢坚持')
    expect(stdout).not.toMatch(/^#/m)
    expect(stdout).not.toContain('**')
  })
})

describe('the README’s CSV sample', () => {
  it('is the row the seed page gives, its body cut short', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const sample = readme
      .split('\n')
      .find((line) => line.trim().startsWith(`${seed},6,`))!
      .trim()
    const rows = parse(baoxun(['parse', '--format', 'csv', seed]).stdout, { columns: false }) as string[][]
    const [shown, body] = [sample.slice(0, sample.lastIndexOf(',"')), sample.slice(sample.lastIndexOf(',"') + 2, -2)]
    expect(shown).toBe(rows[6]!.slice(0, -1).join(','))
    expect(rows[6]!.at(-1)!.startsWith(body.replace(/…$/, ''))).toBe(true)
  })
})
