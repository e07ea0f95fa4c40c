/**
 * The `baoxun` command. Exit codes: 0 every input read, 1 some input failed, 2 usage error.
 */
import { parseArgs } from 'node:util'
import { toJSONSchema } from 'zod/mini'
import { createParser } from '../parser.js'
import { type ColumnPlacement, isCalendarDate, type ParseOptions } from '../options.js'
import packageJson from '../../package.json' with { type: 'json' }
import { DispatchResultSchema } from '../schema.js'
import { checkExpectation, checkSnapshot, formatMismatches, loadFixtures, updateSnapshots } from '../testing/index.js'
import { runBatch } from './batch.js'
import { progressBar } from './progress.js'
import { FORMATS, type Format, writerFor } from './writers.js'
import { DEFAULT_MAX_BYTES, expandInputs } from './inputs.js'
import { streamNdjson } from './ndjson-in.js'
import { loadPlugins } from './plugins.js'
import { decodePage } from './read-page.js'
import { type Outcome, outcomeOf, type Task } from './worker.js'

export const HELP = `baoxun — read Chinese newspaper pages into articles

Usage:
  baoxun parse [options] [file | directory | glob | -]...
  baoxun parse --ndjson-in [options] < records.ndjson
  baoxun schema
  baoxun fixtures check <dir>
  baoxun fixtures update <dir>

parse reads each file (directories: their .md and .txt files, recursively; - : standard input;
no file named and a pipe on standard input: the pipe) and prints its articles: column, headline,
dateline, byline, paragraphs, dates, figures, people, quotes, diagnostics.

Options of parse:
  --format pretty|json|ndjson|csv|tei|text
                                pretty (an outline, in colour) on a terminal, json otherwise:
                                an array with one {"path", "result"} or {"path", "error"} per
                                input; ndjson: the same, one line per input; csv: one row per
                                article; tei: TEI P5 XML; text: the clean articles
  --issue-date YYYY-MM-DD       the paper's date, for relative dates (default: from the page)
  --column-placement auto|before|after
                                where column banners stand (default auto: by evidence)
  --strict                      a page with a warning or an error fails
  --structure-only              read the structure alone: no dates, figures, people, quotes
  --jobs N                      read on N threads (default: one per core; 1: no threads)
  --max-size MB                 refuse files larger than this (default 256)
  --plugin <module or path>     load a plugin (repeatable): its default export is a plugin or
                                an array of plugins
  --ndjson-in                   read records {"id", "text"} from standard input, one per line,
                                and write one line {"id", "result"} or {"id", "error"} each;
                                a record may carry its own "issueDate"; a bad record is named
                                on standard error and the run goes on (exit 0)
  --fail-on-bad                 with --ndjson-in: exit 1 when any record was bad

schema prints the JSON Schema of a result. --version prints the version.
fixtures check compares every page of <dir> with its hand-made expectation (page.expected.json)
and its snapshot (__snapshots__/page.json), field by field;
fixtures update writes the snapshots (never the expectations: those are written by hand).

Exit codes:
  0  every input was read
  1  some input failed (each is named on standard error, the others are read)
  2  usage error
`

class UsageError extends Error {}

/** `--max-size 64` (megabytes) as bytes. */
function megabytes(value: string): number {
  const n = Number(value)
  if (!(n > 0)) throw new UsageError(`--max-size must be a number of megabytes > 0, got "${value}"`)
  return Math.round(n * 1024 * 1024)
}

/** Runs the command; returns the exit code. */
export async function main(
  argv: string[],
  io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const say = (line: string) => io.stderr.write(`baoxun: ${line}\n`)
  try {
    const [command, ...rest] = argv
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(HELP)
      return command === undefined ? 2 : 0
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${packageJson.version}\n`)
      return 0
    }
    if (command === 'parse') return await parse(rest, io, say)
    if (command === 'schema') {
      io.stdout.write(`${JSON.stringify(toJSONSchema(DispatchResultSchema), null, 2)}\n`)
      return 0
    }
    if (command === 'fixtures') return fixtures(rest, io, say)
    throw new UsageError(`unknown command "${command}" (parse, schema, fixtures; --help)`)
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      say(`${(error as Error).message}`)
      say('see baoxun --help')
      return 2
    }
    say((error as Error).message)
    return 1
  }
}

/** The page on standard input, read whole. */
async function readStdin(
  stdin: NodeJS.ReadableStream,
  parser: ReturnType<typeof createParser>,
  options: ParseOptions,
): Promise<Outcome> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer))
  const page = decodePage(Buffer.concat(chunks))
  if (!page.ok) return { path: '-', problem: page.problem }
  try {
    return outcomeOf('-', page.text, parser.parse(page.text, options))
  } catch (error) {
    return { path: '-', problem: (error as Error).message }
  }
}

async function parse(
  args: string[],
  io: {
    stdin: NodeJS.ReadableStream
    stdout: NodeJS.WritableStream & { isTTY?: boolean }
    stderr: NodeJS.WritableStream & { isTTY?: boolean }
  },
  say: (line: string) => void,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'issue-date': { type: 'string' },
      'column-placement': { type: 'string' },
      strict: { type: 'boolean' },
      'structure-only': { type: 'boolean' },
      'max-size': { type: 'string' },
      jobs: { type: 'string' },
      version: { type: 'boolean' },
      plugin: { type: 'string', multiple: true },
      'ndjson-in': { type: 'boolean' },
      'fail-on-bad': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    io.stdout.write(HELP)
    return 0
  }
  if (values.version) {
    io.stdout.write(`${packageJson.version}\n`)
    return 0
  }
  const format = (values.format ?? (io.stdout.isTTY ? 'pretty' : 'json')) as Format
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, got "${format}"`)
  const placement = values['column-placement'] as ColumnPlacement | undefined
  if (placement !== undefined && !['auto', 'before', 'after'].includes(placement))
    throw new UsageError(`--column-placement must be auto, before or after, got "${placement}"`)
  const issueDate = values['issue-date']
  if (issueDate !== undefined && !isCalendarDate(issueDate))
    throw new UsageError(`--issue-date must be a real date as YYYY-MM-DD, got "${issueDate}"`)
  const options: ParseOptions = {
    ...(issueDate && { issueDate }),
    ...(placement && { columnPlacement: placement }),
    ...(values.strict && { strict: true }),
    ...(values['structure-only'] && { extract: { dates: false, figures: false, people: false, quotes: false } }),
  }
  const maxSize = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : megabytes(values['max-size'])
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1))
    throw new UsageError(`--jobs must be a whole number ≥ 1, got "${values.jobs}"`)
  const pluginSpecifiers = values.plugin ?? []
  const plugins = await loadPlugins(pluginSpecifiers)
  const parser = createParser({ plugins })

  if (values['ndjson-in']) {
    if (positionals.length > 0) throw new UsageError('--ndjson-in reads standard input only: give no files')
    const bad = await streamNdjson(
      io.stdin as NodeJS.ReadableStream & import('node:stream').Readable,
      io.stdout as import('node:stream').Writable,
      parser,
      options,
      io.stderr as import('node:stream').Writable,
    )
    return bad > 0 && values['fail-on-bad'] ? 1 : 0
  }
  // no file named: a pipe on standard input is the page
  if (positionals.length === 0 && (io.stdin as { isTTY?: boolean }).isTTY !== true) positionals.push('-')
  if (positionals.length === 0) throw new UsageError('name the files to read (or - for standard input)')

  const color = format === 'pretty' && io.stdout.isTTY === true && !process.env.NO_COLOR
  const writer = writerFor(format, io.stdout, color)
  let failed = 0
  const emit = (outcome: Outcome) => {
    if ('problem' in outcome) {
      failed++
      say(`${outcome.path}: ${outcome.problem}`)
      writer.problem(outcome.path, outcome.problem)
    } else if ('rendered' in outcome) writer.rendered(outcome.rendered)
    else writer.result(outcome.path, outcome.result, outcome.positions)
  }

  // what to print, in the order the inputs were named: a problem found already, or a task's outcome
  const inputs = await expandInputs(
    positionals.filter((p) => p !== '-'),
    maxSize,
  )
  const tasks: Task[] = []
  const slots: (Outcome | number)[] = inputs.map((input) => {
    if ('problem' in input) return { path: input.path, problem: input.problem }
    tasks.push({ path: input.path, options, plugins: pluginSpecifiers, render: { format, color } })
    return tasks.length - 1
  })
  writer.open()
  const print = emit
  if (positionals.includes('-')) print(await readStdin(io.stdin, parser, options))
  const outcomes: Outcome[] = []
  let next = 0
  const flush = () => {
    for (; next < slots.length; next++) {
      const slot = slots[next]!
      const outcome = typeof slot === 'number' ? outcomes[slot] : slot
      if (outcome === undefined) return
      print(outcome)
      if (typeof slot === 'number') delete outcomes[slot] // printed: let it go
    }
  }
  flush()
  const bar = progressBar(io.stderr, tasks.length, io.stderr.isTTY === true && tasks.length >= 50)
  await runBatch(tasks, jobs, (outcome, count) => {
    outcomes[count - 1] = outcome
    bar.clear()
    flush()
    bar.update(count)
  })
  bar.end()
  writer.close()
  return failed > 0 ? 1 : 0
}

function fixtures(args: string[], io: { stdout: NodeJS.WritableStream }, say: (line: string) => void): number {
  const [action, dir, ...extra] = args
  if ((action !== 'check' && action !== 'update') || dir === undefined || extra.length > 0)
    throw new UsageError('fixtures check <dir> | fixtures update <dir>')
  if (action === 'update') {
    const written = updateSnapshots(dir)
    io.stdout.write(`wrote ${written.length} snapshots under ${dir}: review the diff before you commit it\n`)
    return 0
  }
  const all = loadFixtures(dir)
  if (all.length === 0) throw new UsageError(`${dir}: no .md or .txt pages`)
  const parser = createParser()
  let failed = 0
  for (const fixture of all) {
    const expected = checkExpectation(fixture, parser)
    const snapshot = fixture.snapshot === undefined ? [] : checkSnapshot(fixture, parser)
    const problems = [
      expected.length > 0 ? `${expected.length} expected fields differ` : '',
      snapshot.length > 0 ? `${snapshot.length} fields differ from the snapshot` : '',
      fixture.expected === undefined && fixture.snapshot === undefined ? 'no expectation and no snapshot' : '',
    ].filter(Boolean)
    if (problems.length === 0) continue
    failed++
    say(`${fixture.name}: ${problems.join('; ')}`)
    if (expected.length > 0) io.stdout.write(`${fixture.name} (expected)\n${formatMismatches(expected)}\n`)
    if (snapshot.length > 0) io.stdout.write(`${fixture.name} (snapshot)\n${formatMismatches(snapshot)}\n`)
  }
  io.stdout.write(`${all.length - failed} passed, ${failed} failed\n`)
  return failed > 0 ? 1 : 0
}
