import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A problem with the evaluation data itself: names the file (and line) and what is wrong. */
export class EvalInputError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`)
    this.name = 'EvalInputError'
  }
}

/** Reads a UTF-8 file, or says which file could not be read. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new EvalInputError(file, code === 'ENOENT' ? 'missing' : `unreadable (${code ?? String(error)})`)
  }
}

/** Reads a JSON file, or says which file does not parse. */
export function readJson(file: string): unknown {
  const text = readText(file)
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new EvalInputError(file, `not JSON (${(error as Error).message})`)
  }
}

/**
 * Reads a JSON Lines file: one record a line, blank lines skipped.
 * @example readJsonl('eval/sets/dates/cases.jsonl')[0].expression // '2019/04/19'
 */
export function readJsonl<T>(file: string): T[] {
  const records: T[] = []
  readText(file)
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return
      try {
        records.push(JSON.parse(line) as T)
      } catch (error) {
        throw new EvalInputError(`${file}:${i + 1}`, `not JSON (${(error as Error).message})`)
      }
    })
  return records
}

/** The file names of a folder, sorted, or an error naming the folder. */
export function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort()
  } catch {
    throw new EvalInputError(dir, 'missing folder')
  }
}

export const pathIn = join
