import { execFileSync } from 'node:child_process'
import { randomInt } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seed of every fast-check property in this run. */
    fastCheckSeed: number
  }
}

/**
 * Builds the bundle once (the CLI and package tests run it, as users get it), and draws the one
 * seed of this run's property tests: `FC_SEED=<seed> npm test` replays a run.
 */
export default function setup(project: TestProject): void {
  const root = fileURLToPath(new URL('..', import.meta.url))
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../node_modules/tsup/dist/cli-default.js', import.meta.url)), '--silent'],
    { cwd: root, stdio: 'inherit' },
  )
  const given = process.env.FC_SEED
  if (given !== undefined && !/^-?\d+$/.test(given)) throw new Error(`FC_SEED must be an integer, got "${given}"`)
  const seed = given === undefined ? randomInt(2 ** 31) : Number(given)
  console.log(`fast-check seed ${seed}: replay this run with FC_SEED=${seed} npm test`)
  project.provide('fastCheckSeed', seed)
}
