/**
 * `npm run eval [-- --verbose] [--json] [--build] [--raise-floors] [--readme]`: scores the library on the
 * evaluation sets in `eval/sets`, beside the floors in `eval/floors.json`.
 * Exit codes: 0 every figure at or above its floor; 1 a figure fell, a crash or a broken promise;
 * 2 bad evaluation data or usage.
 */
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { readFileSync, writeFileSync } from 'node:fs'
import { drops, raisedFloors, readFigures } from './floors.js'
import { loadLibrary } from './library.js'
import { EvalInputError } from './load.js'
import { failureCounts, headlineFigures, runEval, SETS } from './run.js'
import { accuracyTable, withAccuracyTable } from './markdown.js'
import { formatTable } from './table.js'

const FLOORS = fileURLToPath(new URL('../floors.json', import.meta.url))
const GOALS = fileURLToPath(new URL('../goals.json', import.meta.url))
const README = fileURLToPath(new URL('../../README.md', import.meta.url))

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>
  try {
    args = parse()
  } catch (error) {
    console.error(`eval: ${(error as Error).message}`)
    return 2
  }
  const { values } = args
  const lib = await loadLibrary(values.build ? 'build' : 'source')
  const report = runEval(lib, values.sets ?? SETS)
  const figures = headlineFigures(report)
  const floorsFile = values.floors ?? FLOORS
  let floors = readFigures(floorsFile)
  if (values['raise-floors']) {
    floors = raisedFloors(floors, figures)
    writeFileSync(floorsFile, `${JSON.stringify(floors, null, 2)}\n`)
  }
  if (values.readme) {
    const table = accuracyTable(report, figures, readFigures(GOALS))
    writeFileSync(README, withAccuracyTable(readFileSync(README, 'utf8'), table))
  }
  const fallen = drops(floors, figures)
  const failures = Object.entries(failureCounts(report)).filter(([, n]) => n > 0)
  if (values.json) {
    console.log(JSON.stringify({ figures, floors, fallen, failures: Object.fromEntries(failures), report }, null, 2))
  } else {
    if (values.verbose)
      for (const line of [
        ...report.pages.misses,
        ...report.dates.misses,
        ...report.facts.misses,
        ...report.names.misses,
      ])
        console.log(`  ${line}`)
    console.log(`baoxun eval, the ${values.build ? 'built package (dist/)' : 'source (src/)'}`)
    console.log(formatTable(report, figures, floors, readFigures(GOALS)).join('\n'))
    console.log('')
    for (const d of fallen) console.log(`below its floor: ${d.figure} ${d.now ?? 'not measured'} < ${d.floor}`)
    for (const [name, n] of failures) console.log(`must be 0: ${name} is ${n}`)
    if (fallen.length === 0 && failures.length === 0) console.log('every figure at or above its floor')
  }
  return fallen.length > 0 || failures.length > 0 ? 1 : 0
}

function parse() {
  return parseArgs({
    options: {
      verbose: { type: 'boolean', short: 'v' },
      json: { type: 'boolean' },
      build: { type: 'boolean' },
      floors: { type: 'string' },
      'raise-floors': { type: 'boolean' },
      readme: { type: 'boolean' },
      sets: { type: 'string' },
    },
  })
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    if (!(error instanceof EvalInputError)) throw error
    console.error(`eval: ${error.message}`)
    process.exitCode = 2
  },
)
