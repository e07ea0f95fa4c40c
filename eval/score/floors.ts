import { EvalInputError, readJson } from './load.js'

/** A figure under its floor. */
export interface Drop {
  figure: string
  floor: number
  now: number | undefined
}

/** Reads a table of figures (`eval/floors.json`, `eval/goals.json`): `{ "pages.recall": 55.6, … }`, percentages. */
export function readFigures(file: string): Record<string, number> {
  const floors = readJson(file)
  if (typeof floors !== 'object' || floors === null || Array.isArray(floors))
    throw new EvalInputError(file, 'is not an object of figures')
  for (const [name, value] of Object.entries(floors))
    if (typeof value !== 'number') throw new EvalInputError(file, `floor "${name}" is not a number`)
  return floors as Record<string, number>
}

/**
 * The figures that fell below their floors (a figure that is no longer measured counts as fallen).
 *
 * @example
 * drops({ 'dates.accuracy': 45.7 }, { 'dates.accuracy': 44.9 }) //=> [{ figure: 'dates.accuracy', floor: 45.7, now: 44.9 }]
 */
export function drops(floors: Record<string, number>, figures: Record<string, number>): Drop[] {
  return Object.entries(floors)
    .filter(([name, floor]) => !(figures[name] !== undefined && figures[name] >= floor))
    .map(([figure, floor]) => ({ figure, floor, now: figures[figure] }))
}

/**
 * Floors raised to the figures measured now, never lowered: lowering one is a decision, made by
 * hand in `eval/floors.json` with a line in CHANGELOG.md saying why.
 */
export function raisedFloors(floors: Record<string, number>, figures: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [name, now] of Object.entries(figures)) out[name] = Math.max(now, floors[name] ?? 0)
  return out
}
