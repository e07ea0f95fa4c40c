import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

describe('the package as users get it', () => {
  let project: string

  beforeAll(() => {
    const packs = mkdtempSync(join(tmpdir(), 'baoxun-pack-'))
    npm(['pack', '--pack-destination', packs, '--silent'], root)
    const tarball = join(packs, readdirSync(packs).find((f) => f.endsWith('.tgz'))!)
    project = mkdtempSync(join(tmpdir(), 'baoxun-user-'))
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user', private: true, type: 'module' }))
    // zod at the lowest version the peer range allows
    npm(['install', tarball, 'zod@4.1.0', '--no-audit', '--no-fund', '--silent'], project)
  }, 240_000)

  it('imports the API and baoxun/testing from the installed tarball', () => {
    writeFileSync(
      join(project, 'use.mjs'),
      [
        "import { parseDispatch, DispatchResultSchema, extractDates } from 'baoxun'",
        "import { diffFields } from 'baoxun/testing'",
        "const result = parseDispatch('# 标题\\n\\n**本报北京12月21日电** 昨天,会议召开。  \\n(记者 张三)\\n', { issueDate: '2022-12-22' })",
        'console.log(JSON.stringify({',
        '  title: result.articles[0].headline.title.text,',
        '  valid: DispatchResultSchema.safeParse(result).success,',
        "  yesterday: extractDates('昨天', { issueDate: '2022-12-22' })[0].start,",
        '  diff: diffFields({ a: 1 }, { a: 2 }).length,',
        '}))',
      ].join('\n'),
    )
    const out = execFileSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' })
    expect(JSON.parse(out)).toEqual({ title: '标题', valid: true, yesterday: '2022-12-21', diff: 1 })
  })

  it('loads with require() too (Node 22 requires ES modules)', () => {
    const script =
      "const { parseDispatch } = require('baoxun'); console.log(parseDispatch('# 标题\\n\\n正文。\\n').articles.length)"
    expect(execFileSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' }).trim()).toBe('1')
  })

  it('ships no source maps and a license', () => {
    const files = readdirSync(join(project, 'node_modules/baoxun/dist'))
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([])
    expect(readdirSync(join(project, 'node_modules/baoxun'))).toContain('LICENSE')
  })

  it('runs the CLI on the bundled sample page', () => {
    const cli = join(project, 'node_modules/baoxun/dist/cli.js')
    const sample = join(project, 'node_modules/baoxun/fixtures/seed/dongchangfu-2022-12-page.md')
    const run = spawnSync(process.execPath, [cli, 'parse', '--format', 'ndjson', sample], {
      cwd: project,
      encoding: 'utf8',
    })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).result.articles).toHaveLength(6)
  })

  it('passes publint and are-the-types-wrong', () => {
    expect(
      spawnSync(process.execPath, [join(root, 'node_modules/publint/src/cli.js'), '--strict'], {
        cwd: root,
        encoding: 'utf8',
      }).status,
    ).toBe(0)
    const attw = spawnSync(
      process.execPath,
      [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), '--pack', '.', '--profile', 'esm-only'],
      { cwd: root, encoding: 'utf8' },
    )
    expect(attw.status, attw.stdout + attw.stderr).toBe(0)
  }, 120_000)
})
