import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { ParseOptions } from '../../src/index.js'

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname

export interface Fixture {
  /** Path relative to fixtures/, e.g. `seed/dongchangfu-2022-12-page.md`. */
  name: string
  input: string
  /** `<name>.options.json` beside the input, if any. */
  options: ParseOptions
  goldenPath: string
  golden: unknown | undefined
}

/** Every `.md`/`.txt` input under fixtures/, with its golden `.json` and options. */
export function loadFixtures(dir = FIXTURES): Fixture[] {
  const out: Fixture[] = []
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.(md|txt)$/.test(entry.name)) {
        const stem = path.replace(/\.(md|txt)$/, '')
        const goldenPath = `${stem}.json`
        const optionsPath = `${stem}.options.json`
        out.push({
          name: relative(dir, path),
          input: readFileSync(path, 'utf8'),
          options: existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {},
          goldenPath,
          golden: existsSync(goldenPath) ? JSON.parse(readFileSync(goldenPath, 'utf8')) : undefined,
        })
      }
    }
  }
  walk(dir)
  return out
}
