import fc from 'fast-check'
import { inject } from 'vitest'

// Every property runs from the run's seed; a failure prints it with the failing case's path
// (`{ seed: …, path: "…" }`), and `FC_SEED=<seed> npm test` replays it.
fc.configureGlobal({ seed: inject('fastCheckSeed') })
