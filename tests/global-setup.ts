import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The CLI and package tests run the built bundle, as users get it: build it once. */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url))
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../node_modules/tsup/dist/cli-default.js', import.meta.url)), '--silent'],
    { cwd: root, stdio: 'inherit' },
  )
}
