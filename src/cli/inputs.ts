import { stat } from 'node:fs/promises'
import { glob, isDynamicPattern } from 'tinyglobby'
import { describeFsError } from './read-page.js'

/** An input the CLI was given: a file to read, or a problem with what was named. */
export type Input = { path: string } | { path: string; problem: string }

const TEXT_FILES = /\.(?:md|txt)$/i

/**
 * Expands the paths of the command line: files as given, directories to their `.md`/`.txt`
 * files (recursively, sorted), globs to their matches. A directory with no text files, a glob
 * that matches nothing and a missing path each become a problem, in place.
 */
export async function expandInputs(paths: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = []
  for (const path of paths) {
    if (isDynamicPattern(path)) {
      const matches = (await glob(path, { onlyFiles: true, dot: false })).sort()
      if (matches.length === 0) inputs.push({ path, problem: 'no file matches this pattern' })
      else inputs.push(...matches.map((match) => ({ path: match })))
      continue
    }
    let info: Awaited<ReturnType<typeof stat>>
    try {
      info = await stat(path)
    } catch (error) {
      inputs.push({ path, problem: describeFsError(error) })
      continue
    }
    if (!info.isDirectory()) {
      inputs.push({ path })
      continue
    }
    const files = (await glob('**/*', { cwd: path, onlyFiles: true, absolute: false }))
      .filter((file) => TEXT_FILES.test(file))
      .sort()
    if (files.length === 0) inputs.push({ path, problem: 'directory with no .md or .txt files' })
    else inputs.push(...files.map((file) => ({ path: `${path.replace(/\/$/, '')}/${file}` })))
  }
  return inputs
}
