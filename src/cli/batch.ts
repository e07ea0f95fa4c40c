import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import type { Outcome, Task } from './worker.js'
import { readAndParse } from './worker.js'

/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_FOR_THREADS = 8

/**
 * Reads many files, on every core once there are enough of them, and hands each outcome to
 * `emit` in the order of `tasks` — so output is stable whatever finishes first. `jobs` caps the
 * threads; 1 reads in this thread.
 */
export async function runBatch(
  tasks: Task[],
  jobs: number | undefined,
  emit: (outcome: Outcome, done: number) => void,
): Promise<void> {
  if (tasks.length < MIN_FILES_FOR_THREADS || jobs === 1) {
    for (const [index, task] of tasks.entries()) emit(await readAndParse(task), index + 1)
    return
  }
  const pool = new Piscina<Task, Outcome>({
    filename: new URL('./worker.js', import.meta.url).href,
    maxThreads: jobs ?? Math.max(1, availableParallelism()),
    minThreads: Math.min(jobs ?? 1, availableParallelism()),
  })
  // a window of tasks in flight, so that memory holds a few results, not every file's
  const window = 4 * pool.options.maxThreads
  try {
    const pending: Promise<Outcome>[] = []
    let sent = 0
    const send = () => {
      while (sent < tasks.length && pending.length < window) pending.push(runSafely(pool, tasks[sent++]!))
    }
    send()
    for (let done = 1; pending.length > 0; done++) {
      emit(await pending.shift()!, done)
      send()
    }
  } finally {
    await pool.destroy()
  }
}

/** A task on the pool; a worker that dies (out of memory, a crash) fails its file, not the run. */
async function runSafely(pool: Piscina<Task, Outcome>, task: Task): Promise<Outcome> {
  try {
    return await pool.run(task)
  } catch (error) {
    const plugins =
      task.plugins.length === 0
        ? ''
        : ` (a worker thread stopped, with plugin${task.plugins.length > 1 ? 's' : ''} ${task.plugins.join(', ')})`
    return { path: task.path, problem: `the reader failed on this file${plugins}: ${(error as Error).message}` }
  }
}
