import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { drops, raisedFloors, readFigures } from '../eval/score/floors.js'
import { loadLibrary } from '../eval/score/library.js'
import { EvalInputError } from '../eval/score/load.js'
import { scorePages } from '../eval/score/pages.js'
import { accuracyTable, readmeAccuracyTable } from '../eval/score/markdown.js'
import { failureCounts, headlineFigures, runEval, SETS } from '../eval/score/run.js'

const root = fileURLToPath(new URL('..', import.meta.url))

describe('the accuracy floors', () => {
  it('hold: no figure of `npm run eval` is below its floor in eval/floors.json', async () => {
    const report = runEval(await loadLibrary('source'))
    const figures = headlineFigures(report)
    const floors = readFigures(join(root, 'eval/floors.json'))
    expect(drops(floors, figures)).toEqual([])
    expect(Object.keys(floors).sort()).toEqual(Object.keys(figures).sort())
    expect(failureCounts(report)).toEqual(Object.fromEntries(Object.keys(failureCounts(report)).map((k) => [k, 0])))
  })

  it('stand in the README as they are (npm run eval -- --readme)', async () => {
    const report = runEval(await loadLibrary('source'))
    const table = accuracyTable(report, headlineFigures(report), readFigures(join(root, 'eval/goals.json')))
    expect(readmeAccuracyTable(readFileSync(join(root, 'README.md'), 'utf8'))).toEqual(table)
  })

  it('fall when a figure is under its floor or no longer measured; raising never lowers', () => {
    expect(drops({ a: 50, b: 10, c: 1 }, { a: 49.9, b: 10 })).toEqual([
      { figure: 'a', floor: 50, now: 49.9 },
      { figure: 'c', floor: 1, now: undefined },
    ])
    expect(raisedFloors({ a: 50, b: 10 }, { a: 49.9, b: 12 })).toEqual({ a: 50, b: 12 })
  })
})

/** Runs a reference scorer of eval/sets on the build and returns what it prints. */
const reference = (script: string, ...args: string[]): string => {
  try {
    return execFileSync(process.execPath, [join(SETS, script), ...args], { cwd: root, encoding: 'utf8' })
  } catch (error) {
    // a reference scorer exits 1 when a goal is not met; its output is still the figures
    return (error as { stdout: string }).stdout
  }
}
const numbers = (line: string | undefined): number[] =>
  [...(line ?? '').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]))
const lastLine = (out: string, prefix: string) => out.split('\n').find((l) => l.startsWith(prefix))

describe('`npm run eval` equals the reference scorers on the same build', async () => {
  const report = runEval(await loadLibrary('build'))

  it('pages: every field, field accuracy, recall and precision', () => {
    const out = reference('score-pages.mjs')
    for (const [field, value] of Object.entries(report.pages.fields)) {
      const line = out.split('\n').find((l) => l.trim().startsWith(`${field} `))
      expect(numbers(line), field).toEqual([value])
    }
    expect(numbers(lastLine(out, 'pages:'))).toEqual([
      report.pages.fieldAccuracy,
      report.pages.recall,
      report.pages.precision,
    ])
    expect(numbers(lastLine(out, '  files'))).toEqual([
      report.pages.files,
      report.pages.crashes,
      report.pages.contractFailures,
    ])
  })

  it('dates: the total and every category and source', () => {
    const out = reference('score-dates.mjs')
    const { dates } = report
    expect(numbers(lastLine(out, 'dates:'))).toEqual([dates.resolved, dates.cases, dates.accuracy, dates.crashes])
    for (const [kind, tallies] of [
      ['category', dates.byCategory],
      ['source', dates.bySource],
    ] as const)
      for (const [name, t] of Object.entries(tallies))
        expect(numbers(lastLine(out, `  ${kind} ${name} `)?.slice(`  ${kind} ${name}`.length)), name).toEqual([
          t.right,
          t.total,
        ])
  })

  it('facts and names: figures, people, quotes', () => {
    const { figures, people, quotes } = report.facts
    expect(numbers(lastLine(reference('score-facts.mjs'), 'facts:'))).toEqual([
      ...[figures!.exactCount, figures!.cases, figures!.exact, figures!.value],
      ...[1, people!.f1, people!.precision, people!.recall, people!.titles],
      ...[quotes!.found, quotes!.quotes, quotes!.speaker, quotes!.kind, quotes!.spurious, report.facts.crashes],
    ])
    const names = report.names.people!
    expect(numbers(lastLine(reference('score-facts.mjs', join(SETS, 'names')), 'facts:'))).toEqual([
      ...[1, names.f1, names.precision, names.recall, names.titles, report.names.crashes],
    ])
  })
})

describe('bad evaluation data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baoxun-eval-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const copy = () => {
    const sets = mkdtempSync(join(dir, 'sets-'))
    cpSync(join(SETS, 'pages'), join(sets, 'pages'), { recursive: true })
    return join(sets, 'pages')
  }

  it('a gold file that does not parse is an error naming it', async () => {
    const pages = copy()
    writeFileSync(join(pages, 'gold/01-rmrb-20200101-p01-zhengxie-chahuahui.json'), '{ "articles": [')
    expect(() => scorePages({} as never, pages)).toThrow(EvalInputError)
    expect(() => scorePages({} as never, pages)).toThrow(/01-rmrb-20200101-p01-zhengxie-chahuahui\.json: not JSON/)
  })

  it('a gold file with no page beside it is an error naming both', () => {
    const pages = copy()
    rmSync(join(pages, 'raw/02-rmrb-20200101-p01-xinnian-heci.txt'))
    expect(() => scorePages({} as never, pages)).toThrow(
      /02-rmrb-20200101-p01-xinnian-heci\.json: no page 02-rmrb-20200101-p01-xinnian-heci\.\* in/,
    )
  })

  it('the command names the file and exits 2', () => {
    const pages = copy()
    writeFileSync(join(pages, 'gold/03-rmrb-20200101-p01-zhonge-hedian.json'), '[]')
    let code = 0
    let stderr = ''
    try {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/tsx/dist/cli.mjs'), 'eval/score/main.ts', '--sets', join(pages, '..')],
        {
          cwd: root,
          encoding: 'utf8',
          stdio: 'pipe',
        },
      )
    } catch (error) {
      code = (error as { status: number }).status
      stderr = (error as { stderr: string }).stderr
    }
    expect(code).toBe(2)
    expect(stderr).toMatch(/^eval: .*03-rmrb-20200101-p01-zhonge-hedian\.json: has no "articles" array/)
  })
})
