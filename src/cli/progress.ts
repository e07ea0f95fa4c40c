/** A progress bar on a terminal's standard error: done/total, rate and time left, one line. */
export interface Progress {
  /** Draws the bar after `done` of the files. */
  update(done: number): void
  /** Clears the bar's line before other output, so no stale bar stays between outlines. */
  clear(): void
  end(): void
}

const WIDTH = 30

/**
 * A bar that redraws itself in place (`\r` and erase-line), or a silent one when standard
 * error is no terminal or the run is short.
 *
 * @example
 * const bar = progressBar(process.stderr, 2000, true)
 * bar.update(500) // ████████░░░░… 500/2000 · 410 files/s · 4 s left
 */
export function progressBar(stderr: NodeJS.WritableStream, total: number, show: boolean): Progress {
  if (!show) return { update() {}, clear() {}, end() {} }
  const started = performance.now()
  let drawn = false
  return {
    update(done) {
      const seconds = (performance.now() - started) / 1000
      const rate = seconds > 0 ? done / seconds : 0
      const left = rate > 0 ? Math.ceil((total - done) / rate) : 0
      const bar = '█'.repeat(Math.round((done / total) * WIDTH)).padEnd(WIDTH, '░')
      stderr.write(`\r\x1b[K${bar} ${done}/${total} · ${Math.round(rate)} files/s · ${left} s left`)
      drawn = true
    },
    clear() {
      if (drawn) stderr.write('\r\x1b[K')
      drawn = false
    },
    end() {
      if (drawn) stderr.write('\n')
      drawn = false
    },
  }
}
