import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { pretty } from '../src/cli/format.js'
import { parseDispatch } from '../src/index.js'
import { expectLinear, varied } from './helpers/growth.js'

const NO_FACTS = { dates: false, figures: false, people: false, quotes: false }

const root = fileURLToPath(new URL('..', import.meta.url))
const seed = join(root, 'fixtures/seed/dongchangfu-2022-12-page.md')

/** Runs the built CLI; standard output is not a terminal, so json is the default format. */
function baoxun(args: string[], input?: string, cwd = root) {
  const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

const temp = () => mkdtempSync(join(tmpdir(), 'baoxun-cli-'))

describe('baoxun --help and usage errors', () => {
  it('documents the commands and exit codes', () => {
    const { code, stdout } = baoxun(['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/baoxun parse/)
    expect(stdout).toMatch(/0 {2}every input was read\n {2}1 {2}some input failed/)
  })

  it.each([
    [[]],
    [['frobnicate']],
    [['parse', '--format', 'xml', seed]],
    [['parse', '--issue-date', '22/12/2022', seed]],
    [['parse', '--issue-date', '2022-13-40', seed]],
    [['parse', '--issue-date', '2022-02-30', seed]],
    [['parse', '--bogus', seed]],
  ])('exits 2 on %j', (args) => {
    const { code, stderr } = baoxun(args)
    expect(code).toBe(2)
    if (args.length > 0) expect(stderr).toMatch(/^baoxun: /)
  })
})

describe('baoxun --version', () => {
  it('prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    expect(baoxun(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` })
    expect(baoxun(['parse', '--version'])).toMatchObject({ code: 0, stdout: `${version}\n` })
  })
})

describe('baoxun parse', () => {
  it('prints one {path, result} per input as a JSON array, the result the same as parseDispatch', () => {
    const { code, stdout } = baoxun(['parse', seed, '--issue-date', '2022-12-22'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual([
      {
        path: seed,
        result: JSON.parse(JSON.stringify(parseDispatch(readFileSync(seed, 'utf8'), { issueDate: '2022-12-22' }))),
      },
    ])
  })

  it('keeps failed inputs in the JSON array, with their error', () => {
    const { code, stdout } = baoxun(['parse', seed, join(root, 'missing.md')])
    expect(code).toBe(1)
    expect(JSON.parse(stdout).map((o: object) => Object.keys(o))).toEqual([
      ['path', 'result'],
      ['path', 'error'],
    ])
  })

  it('reads the structure alone with --structure-only', () => {
    const { stdout } = baoxun(['parse', '--structure-only', seed])
    const [{ result }] = JSON.parse(stdout)
    expect(result.articles).toHaveLength(6)
    expect(result.articles.flatMap((a: { dates: unknown[]; quotes: unknown[] }) => [...a.dates, ...a.quotes])).toEqual(
      [],
    )
  })

  it('reads a pipe on standard input when no file is named', () => {
    const { code, stdout } = baoxun(['parse'], '# 标题\n\n**本报讯** 正文。  \n')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)[0].result.articles[0].dateline.text).toBe('本报讯')
  })

  it('prints an outline with --format pretty', () => {
    const { stdout } = baoxun(['parse', '--format', 'pretty', seed])
    expect(stdout).toContain('1. 我区以项目大突破带动经济社会大发展')
    expect(stdout).toContain('byline   郭龙君 reporter, 孙睿 correspondent (融媒体)')
    expect(stdout).toContain(`info    ${seed}:26:4  column/attached`)
    expect(stdout).toContain('people   董胜军 (区政协党组书记、主席)')
    expect(stdout).toContain('高文栋 (区委常委、组织部部长)')
    expect(stdout).toMatch(/4 paragraphs · 3 joined across breaks · 5 dates · \d+ figures/)
  })

  it('reads standard input with -', () => {
    const { code, stdout } = baoxun(['parse', '-'], '# 标题\n\n**本报讯** 正文。  \n')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)[0]).toMatchObject({ path: '-', result: { articles: [{ dateline: { text: '本报讯' } }] } })
  })

  it('names each bad input with its problem, reads the others, and exits 1', () => {
    const dir = temp()
    writeFileSync(join(dir, 'a-good.md'), '# 标题\n\n正文。\n')
    writeFileSync(join(dir, 'b-empty.txt'), '')
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x23, 0x20, 0x00, 0x01]))
    writeFileSync(join(dir, 'd-gbk.txt'), Buffer.from([0xb1, 0xea, 0xcc, 0xe2, 0x0a])) // 标题 in GBK
    writeFileSync(join(dir, 'e-good.txt'), '正文。\n')
    mkdirSync(join(dir, 'empty-dir'))
    const { code, stdout, stderr } = baoxun([
      'parse',
      '--format',
      'ndjson',
      dir,
      join(dir, 'missing.md'),
      join(dir, 'empty-dir'),
    ])
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toEqual([
      `baoxun: ${dir}/b-empty.txt: empty file`,
      `baoxun: ${dir}/c-binary.txt: binary (it has NUL, U+0000), not text`,
      `baoxun: ${dir}/d-gbk.txt: not UTF-8 text (convert it, e.g. iconv -f GB18030 -t UTF-8)`,
      `baoxun: ${join(dir, 'missing.md')}: no such file or directory`,
      `baoxun: ${join(dir, 'empty-dir')}: directory with no .md or .txt files`,
    ])
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((l) => [l.path.replace(dir, ''), 'result' in l])).toEqual([
      ['/a-good.md', true],
      ['/b-empty.txt', false],
      ['/c-binary.txt', false],
      ['/d-gbk.txt', false],
      ['/e-good.txt', true],
      ['/missing.md', false],
      ['/empty-dir', false],
    ])
  })

  it('refuses a FIFO and a file over --max-size, each with one line, and reads the rest', () => {
    const dir = temp()
    writeFileSync(join(dir, 'a.md'), '# 标题\n\n正文。\n')
    writeFileSync(join(dir, 'big.md'), `# 标题\n\n${'正文。'.repeat(200_000)}\n`)
    spawnSync('mkfifo', [join(dir, 'pipe.md')])
    const { code, stdout, stderr } = baoxun(['parse', '--format', 'ndjson', '--max-size', '1', dir])
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toEqual([
      `baoxun: ${dir}/big.md: 1800011 bytes, over the size limit of 1048576 (--max-size): not read`,
      `baoxun: ${dir}/pipe.md: not a regular file (a FIFO, socket or device): not read`,
    ])
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => 'result' in JSON.parse(l)),
    ).toEqual([true, false, false])
  })

  it('names a dangling link and a link loop in a folder, and reads the rest', () => {
    const dir = temp()
    mkdirSync(join(dir, 'sub'))
    writeFileSync(join(dir, 'sub/a.md'), '# 标题\n\n正文。\n')
    symlinkSync(join(dir, 'gone.md'), join(dir, 'dangling.md'))
    symlinkSync(dir, join(dir, 'sub/loop'))
    const { code, stderr } = baoxun(['parse', '--format', 'ndjson', dir])
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toEqual([
      `baoxun: ${dir}/dangling.md: a link to nothing (dangling): not read`,
      `baoxun: ${dir}/sub/loop: a link back into a folder already read: not read again`,
    ])
  })

  it.each(['ndjson', 'json', 'csv', 'tei', 'text', 'pretty'])(
    'writes the same %s with --jobs 1 as on threads, which render each reading themselves',
    (format) => {
      const dir = temp()
      for (let i = 0; i < 10; i++) writeFileSync(join(dir, `p${i}.md`), `# 第${i}篇\n\n本报讯 正文${i}。\n`)
      writeFileSync(join(dir, 'empty.md'), '')
      const threads = baoxun(['parse', '--format', format, '--jobs', '2', dir])
      expect(threads.stdout.length).toBeGreaterThan(0)
      expect(baoxun(['parse', '--format', format, '--jobs', '1', dir]).stdout).toBe(threads.stdout)
    },
  )

  it('refuses --jobs 0', () => {
    const dir = temp()
    writeFileSync(join(dir, 'p.md'), '# 标题\n\n正文。\n')
    expect(baoxun(['parse', '--jobs', '0', dir]).code).toBe(2)
  })

  it('keeps the input order when many files are read on worker threads', () => {
    const dir = temp()
    for (let i = 0; i < 24; i++)
      writeFileSync(
        join(dir, `page-${String(i).padStart(2, '0')}.md`),
        `# 第${i}篇\n\n${'正文。'.repeat(200 * ((i * 7) % 5))}内容。\n`,
      )
    const { code, stdout } = baoxun(['parse', '--format', 'ndjson', dir])
    expect(code).toBe(0)
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).result.articles[0].headline.title.text),
    ).toEqual(Array.from({ length: 24 }, (_, i) => `第${i}篇`))
  })

  it('expands globs', () => {
    const { code, stdout } = baoxun(['parse', '--format', 'ndjson', 'fixtures/conventions/negative-*.md'])
    expect(code).toBe(0)
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).path),
    ).toEqual([
      'fixtures/conventions/negative-benbaoxun-in-sentence.md',
      'fixtures/conventions/negative-paren-inside-line.md',
    ])
  })

  it('fails a page with a warning under --strict', () => {
    const dir = temp()
    writeFileSync(join(dir, 'p.md'), '# 标题\n\n正文。  \n(记者 张三)\n\n又一段。  \n')
    const { code, stderr } = baoxun(['parse', '--strict', join(dir, 'p.md')])
    expect(code).toBe(1)
    expect(stderr).toContain('structure/text-after-byline')
  })

  it('loads plugins with --plugin', () => {
    const dir = temp()
    writeFileSync(
      join(dir, 'special.mjs'),
      "export default { name: 'special', vocabulary: { roles: { 特邀评论员: 'reporter' } } }\n",
    )
    writeFileSync(join(dir, 'p.md'), '# 标题\n\n正文。  \n(特邀评论员 张三)\n')
    const { code, stdout } = baoxun(['parse', '--plugin', join(dir, 'special.mjs'), join(dir, 'p.md')])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)[0].result.articles[0].byline.contributors[0]).toMatchObject({
      name: '张三',
      roleText: '特邀评论员',
    })
    const bad = baoxun(['parse', '--plugin', join(dir, 'missing.mjs'), join(dir, 'p.md')])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/cannot load plugin/)
  })
})

describe('baoxun parse: a plugin that fails only on a worker thread', () => {
  /** Ten pages, enough to be read on worker threads, and a plugin module written beside them. */
  function pagesWithPlugin(plugin: string) {
    const dir = temp()
    mkdirSync(join(dir, 'pages'))
    for (let i = 0; i < 10; i++) writeFileSync(join(dir, 'pages', `p${i}.md`), `# 第${i}篇\n\n正文${i}。\n`)
    writeFileSync(join(dir, 'plugin.mjs'), `import { isMainThread } from 'node:worker_threads'\n${plugin}\n`)
    return { pages: join(dir, 'pages'), plugin: join(dir, 'plugin.mjs') }
  }
  const records = (stdout: string) =>
    stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))

  it('that throws when loaded there: each file fails, named with the plugin, and exit 1; --jobs 1 reads them', () => {
    const { pages, plugin } = pagesWithPlugin(
      "if (!isMainThread) throw new Error('not on a worker')\nexport default { name: 'main-only', vocabulary: { roles: { 特邀评论员: 'reporter' } } }",
    )
    const problem = `cannot load plugin ${plugin}: not on a worker (in a worker thread; it loaded in the main thread, where --jobs 1 reads)`
    const run = baoxun(['parse', '--format', 'ndjson', '--jobs', '2', '--plugin', plugin, pages])
    expect(run.code).toBe(1)
    const paths = Array.from({ length: 10 }, (_, i) => join(pages, `p${i}.md`))
    expect(run.stderr.trim().split('\n')).toEqual(paths.map((path) => `baoxun: ${path}: ${problem}`))
    expect(records(run.stdout)).toEqual(paths.map((path) => ({ path, error: problem })))
    const one = baoxun(['parse', '--format', 'ndjson', '--jobs', '1', '--plugin', plugin, pages])
    expect([one.code, one.stderr]).toEqual([0, ''])
    expect(records(one.stdout).map((r) => r.result.articles[0].headline.title.text)).toEqual(
      Array.from({ length: 10 }, (_, i) => `第${i}篇`),
    )
  })

  it('whose step throws there on one page: that page has the error diagnostic (exit 0; under --strict it fails, named, exit 1)', () => {
    const { pages, plugin } = pagesWithPlugin(
      "export default { name: 'picky', steps: [{ name: 'boom', after: 'build', run(ctx) { if (!isMainThread && ctx.normalized.text.includes('正文3')) throw new Error('no page 3 here') } }] }",
    )
    const message = 'Plugin "picky", step "boom" threw: no page 3 here'
    const run = baoxun(['parse', '--format', 'ndjson', '--jobs', '2', '--plugin', plugin, pages])
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect(records(run.stdout).map((r) => r.result.diagnostics.map((d: { message: string }) => d.message))).toEqual(
      Array.from({ length: 10 }, (_, i) => (i === 3 ? [message] : [])),
    )
    const strict = baoxun(['parse', '--format', 'ndjson', '--strict', '--jobs', '2', '--plugin', plugin, pages])
    expect(strict.code).toBe(1)
    expect(strict.stderr.trim().split('\n')).toEqual([
      `baoxun: ${join(pages, 'p3.md')}: 1 problem on the page: plugin/step-failed: ${message}`,
    ])
    expect(records(strict.stdout).map((r) => ('error' in r ? 'error' : 'result'))).toEqual(
      Array.from({ length: 10 }, (_, i) => (i === 3 ? 'error' : 'result')),
    )
  })

  it('that stops its worker thread on one page: that file fails, named with the plugin, the others are read, exit 1', () => {
    const { pages, plugin } = pagesWithPlugin(
      "export default { name: 'quits', steps: [{ name: 'quit', after: 'build', run(ctx) { if (!isMainThread && ctx.normalized.text.includes('正文3')) process.exit(3) } }] }",
    )
    const run = baoxun(['parse', '--format', 'ndjson', '--jobs', '2', '--plugin', plugin, pages])
    expect(run.code).toBe(1)
    expect(run.stderr.trim().split('\n')).toEqual([
      `baoxun: ${join(pages, 'p3.md')}: the reader failed on this file (a worker thread stopped, with plugin ${plugin}): worker exited with code: 3`,
    ])
    expect(records(run.stdout).map((r) => r.result?.articles[0].headline.title.text ?? 'failed')).toEqual(
      Array.from({ length: 10 }, (_, i) => (i === 3 ? 'failed' : `第${i}篇`)),
    )
  })
})

describe('file mode and --ndjson-in read a BOM, U+0000 and CRLF alike', () => {
  const pages: Record<string, string> = {
    'bom.md': '\uFEFF# 标题\n\n**本报北京12月21日电** 昨天,会议召开。\n',
    'crlf.md': '# 标题\r\n\r\n正文。\r\n',
    'bom-crlf.md': '\uFEFF# 标题\r\n\r\n正文。  \r\n(记者 张三)\r\n',
    'inner-bom.md': '# 标\uFEFF题\n\n正文。\n',
  }
  /** Where each page's title starts and ends, counted by hand in the text as written (BOM included). */
  const titleSpans = {
    'bom.md': { start: 3, end: 5 },
    'crlf.md': { start: 2, end: 4 },
    'bom-crlf.md': { start: 3, end: 5 },
    'inner-bom.md': { start: 2, end: 5 },
  }

  it('gives the same articles and spans, spans indexing the file as read', async () => {
    const { brokenPromises } = await import('../src/testing/index.js')
    const dir = temp()
    for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, name), text)
    const names = Object.keys(pages)
    const files = baoxun([
      'parse',
      '--format',
      'ndjson',
      '--issue-date',
      '2022-12-22',
      ...names.map((n) => join(dir, n)),
    ])
    expect([files.code, files.stderr]).toEqual([0, ''])
    const input = names
      .map((name) => JSON.stringify({ id: name, text: readFileSync(join(dir, name), 'utf8') }))
      .join('\n')
    const records = baoxun(['parse', '--ndjson-in', '--issue-date', '2022-12-22'], input)
    expect([records.code, records.stderr]).toEqual([0, ''])
    const byFile = files.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).result)
    const byRecord = records.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).result)
    names.forEach((name, i) => {
      expect(byRecord[i], name).toEqual(byFile[i])
      expect(byFile[i].articles[0].headline.title.span, name).toEqual(titleSpans[name as keyof typeof titleSpans])
      expect(brokenPromises(readFileSync(join(dir, name), 'utf8'), byFile[i]), name).toEqual([])
    })
    expect(byFile[0].articles[0].dates[0].start).toBe('2022-12-20') // 昨天, from the dateline's 21st
    expect(byFile[2].articles[0].byline.contributors[0].name).toBe('张三')
  })

  it('refuses a text of white space alone in both, naming it', () => {
    const dir = temp()
    writeFileSync(join(dir, 'blank.md'), ' \n\n')
    const file = baoxun(['parse', '--format', 'ndjson', join(dir, 'blank.md')])
    expect(file.code).toBe(1)
    expect(file.stderr).toBe(`baoxun: ${join(dir, 'blank.md')}: no text (only white space)\n`)
    const record = baoxun(['parse', '--ndjson-in'], `${JSON.stringify({ id: 7, text: ' \n\n' })}\n`)
    expect(record.code).toBe(0)
    expect(JSON.parse(record.stdout)).toEqual({ id: 7, line: 1, error: 'the "text" holds no text (only white space)' })
  })

  it('refuses a text with U+0000 in both, naming it', () => {
    const dir = temp()
    const text = '# 标题\n\n正\u0000文。\n'
    writeFileSync(join(dir, 'nul.md'), text)
    const file = baoxun(['parse', '--format', 'ndjson', join(dir, 'nul.md')])
    expect(file.code).toBe(1)
    expect(file.stderr).toBe(`baoxun: ${join(dir, 'nul.md')}: binary (it has NUL, U+0000), not text\n`)
    const record = baoxun(['parse', '--ndjson-in'], `${JSON.stringify({ id: 'nul', text })}\n`)
    expect(record.code).toBe(0)
    expect(record.stderr).toBe('baoxun: standard input line 1: the "text" is binary (it has NUL, U+0000), not text\n')
    expect(JSON.parse(record.stdout)).toEqual({
      id: 'nul',
      line: 1,
      error: 'the "text" is binary (it has NUL, U+0000), not text',
    })
  })
})

describe('baoxun parse --ndjson-in', () => {
  it('answers each record on its own line, bad records included and named on stderr; exit 0 unless --fail-on-bad', () => {
    const input = [
      JSON.stringify({ id: 'a', text: '# 标题\n\n**本报讯** 正文。  \n' }),
      '{not json',
      JSON.stringify({ id: 7 }),
      '',
      JSON.stringify({ id: 'b', text: '正文。' }),
    ].join('\n')
    const { code, stdout, stderr } = baoxun(['parse', '--ndjson-in'], input)
    expect(code).toBe(0)
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.id, 'result' in l ? 'result' : l.error])).toEqual([
      ['a', 'result'],
      [null, expect.stringMatching(/^invalid JSON/)],
      [7, 'the record has no "text" string'],
      ['b', 'result'],
    ])
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^baoxun: standard input line 2: invalid JSON/),
      'baoxun: standard input line 3: the record has no "text" string',
    ])
    expect(baoxun(['parse', '--ndjson-in', '--fail-on-bad'], input).code).toBe(1)
  })

  it("keeps ids exactly as written, reads a BOM before the first record, and a record's own issue date", () => {
    const input = `\uFEFF{"id": 12345678901234567890, "text": "# 标题\\n\\n昨天,会议召开。\\n", "issueDate": "2022-12-22"}\n{"id": 1.50, "text": "正文。"}\n`
    const { code, stdout } = baoxun(['parse', '--ndjson-in'], input)
    expect(code).toBe(0)
    const [first, second] = stdout.trim().split('\n')
    expect(first).toMatch(/^\{"id":12345678901234567890,"result":/)
    expect(JSON.parse(first!).result.articles[0].dates[0].start).toBe('2022-12-21')
    expect(second).toMatch(/^\{"id":1.50,"result":/)
  })

  it('answers invalid UTF-8 and a bad issue date with an error record, in order', () => {
    const input = Buffer.concat([
      Buffer.from('{"id": "x", "text": "'),
      Buffer.from([0xb1, 0xea]),
      Buffer.from('"}\n{"id": "y", "text": "正文。", "issueDate": "2022-02-30"}\n{"id": "z", "text": "正文。"}\n'),
    ])
    const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'parse', '--ndjson-in'], { input })
    const lines = run.stdout
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.id, l.error ?? 'result'])).toEqual([
      [null, expect.stringMatching(/^not UTF-8 text/)],
      ['y', '"issueDate" must be a real date as YYYY-MM-DD, got "2022-02-30"'],
      ['z', 'result'],
    ])
  })
})

describe('baoxun schema', () => {
  it('prints the JSON Schema of a result', () => {
    const { code, stdout } = baoxun(['schema'])
    expect(code).toBe(0)
    const schema = JSON.parse(stdout)
    expect(schema.required).toEqual(['schemaVersion', 'articles', 'leftovers', 'diagnostics'])
    expect(Object.keys(schema.properties.articles.items.properties)).toContain('dates')
  })
})

describe('baoxun fixtures', () => {
  it('checks a folder of pages against their snapshots, field by field, and update rewrites them', () => {
    const dir = temp()
    cpSync(join(root, 'fixtures/conventions'), dir, { recursive: true })
    for (const name of readdirSync(dir)) if (name.endsWith('.expected.json')) rmSync(join(dir, name))
    const pages = readdirSync(dir).filter((name) => /\.(md|txt)$/.test(name)).length
    expect(baoxun(['fixtures', 'check', dir])).toMatchObject({ code: 0, stdout: `${pages} passed, 0 failed\n` })
    const snapshot = join(dir, '__snapshots__/wire-dateline-bold.json')
    writeFileSync(snapshot, readFileSync(snapshot, 'utf8').replace('"新华社"', '"中新社"'))
    const { code, stdout, stderr } = baoxun(['fixtures', 'check', dir])
    expect(code).toBe(1)
    expect(stderr).toContain('wire-dateline-bold.md: 1 fields differ from the snapshot')
    expect(stdout).toContain('articles[0].dateline.outlet: expected "中新社", got "新华社"')
    expect(baoxun(['fixtures', 'update', dir]).code).toBe(0)
    expect(baoxun(['fixtures', 'check', dir]).code).toBe(0)
  })

  it('checks hand-made expectations, which update never writes', () => {
    const dir = temp()
    writeFileSync(join(dir, 'p.md'), '# 我区召开经济工作会议\n\n**东昌府讯** 会议召开。\n')
    const expected = { articles: [{ title: '我区召开经济工作会议', datelinePlace: '东城' }] }
    writeFileSync(join(dir, 'p.expected.json'), JSON.stringify(expected))
    const { code, stdout, stderr } = baoxun(['fixtures', 'check', dir])
    expect(code).toBe(1)
    expect(stderr).toContain('p.md: 1 expected fields differ')
    expect(stdout).toContain('articles[0].datelinePlace: expected "东城", got "东昌府"')
    expect(baoxun(['fixtures', 'update', dir]).code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'p.expected.json'), 'utf8'))).toEqual(expected)
    expect(baoxun(['fixtures', 'check', dir]).code).toBe(1)
  })
})

describe('progress on a terminal', () => {
  it('draws a progress bar on standard error for a long run, and none when it is not a terminal', () => {
    const dir = temp()
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `p${String(i).padStart(2, '0')}.md`), `# 第${i}篇\n\n正文。\n`)
    // `script` (util-linux) runs the command on a pseudo-terminal
    const command = `${process.execPath} ${join(root, 'dist/cli.js')} parse --format ndjson ${dir} > ${join(dir, 'out.ndjson')}`
    const run = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/60\/60 · \d+ files\/s · 0 s left/)
    expect(readFileSync(join(dir, 'out.ndjson'), 'utf8').trim().split('\n')).toHaveLength(60)
    expect(baoxun(['parse', '--format', 'ndjson', dir]).stderr).toBe('')
  })
})

describe('the pretty outline', () => {
  it('runs in linear time on a title with a long run of white space', () => {
    const make = (n: number, v: number) => `# 标题${varied([' ', '\u3000', '\t'], n, v)}标题\n\n正文。\n`
    expectLinear(make, (page) => pretty('p.md', parseDispatch(page, { extract: NO_FACTS }), false), 20_000)
  })
})
