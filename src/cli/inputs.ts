import type { Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import { glob, isDynamicPattern } from 'tinyglobby'
import { describeFsError } from './read-page.js'

/** An input the CLI was given: a file to read, or a problem with what was named. */
export type Input = { path: string } | { path: string; problem: string }

const TEXT_FILES = /\.(?:md|txt)$/i

/** The default of `--max-size`: a page of text is far smaller; a larger file is no page. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024

/**
 * Expands the paths of the command line: files as given, directories to their `.md`/`.txt`
 * files (recursively, sorted), globs to their matches. A directory with no text files, a glob
 * that matches nothing, a missing path, a special file (FIFO, socket, device) and a file over
 * `maxBytes` each become a problem, in place.
 */
export async function expandInputs(paths: readonly string[], maxBytes = DEFAULT_MAX_BYTES): Promise<Input[]> {
  const expanded = await expandPaths(paths)
  return Promise.all(expanded.map((input) => ('problem' in input ? input : checkFile(input.path, maxBytes))))
}

/** A file is read only when it is a regular file within the size limit. */
async function checkFile(path: string, maxBytes: number): Promise<Input> {
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(path)
  } catch (error) {
    return { path, problem: describeFsError(error) }
  }
  if (!info.isFile()) return { path, problem: 'not a regular file (a FIFO, socket or device): not read' }
  if (info.size > maxBytes)
    return { path, problem: `${info.size} bytes, over the size limit of ${maxBytes} (--max-size): not read` }
  return { path }
}

async function expandPaths(paths: readonly string[]): Promise<Input[]> {
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
    const found = await walk(path.replace(/\/$/, ''), new Set())
    if (found.length === 0) inputs.push({ path, problem: 'directory with no .md or .txt files' })
    else inputs.push(...found)
  }
  return inputs
}

/**
 * The `.md`/`.txt` entries under a folder, sorted, every one of them — a FIFO named like a page
 * too, so that it is named as a problem rather than skipped — and a problem for each subfolder
 * that cannot be read, each dangling link and each link back into a folder already walked.
 */
async function walk(dir: string, seen: Set<string>): Promise<Input[]> {
  let real: string
  let entries: Dirent[]
  try {
    real = await realpath(dir)
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    return [{ path: dir, problem: describeFsError(error) }]
  }
  if (seen.has(real)) return [{ path: dir, problem: 'a link back into a folder already read: not read again' }]
  seen.add(real)
  const out: Input[] = []
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue // hidden files and folders, as shells and globs skip them
    const path = `${dir}/${entry.name}`
    let isDirectory = entry.isDirectory()
    if (entry.isSymbolicLink()) {
      try {
        isDirectory = (await stat(path)).isDirectory()
      } catch {
        if (TEXT_FILES.test(entry.name)) out.push({ path, problem: 'a link to nothing (dangling): not read' })
        continue
      }
    }
    if (isDirectory) {
      out.push(...(await walk(path, seen)))
    } else if (TEXT_FILES.test(entry.name)) out.push({ path })
  }
  return out
}
