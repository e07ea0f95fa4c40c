import { LABEL_WEIGHTS, type Label } from './label-weights.js'
import type { LineFeatures } from './line-features.js'

/**
 * A label's score for a line: its bias plus the weighted features. Above zero, the label holds.
 *
 * @example
 * scoreLabel(lineFeatures('2020年06月11日', marks), 'furniture') //=> 3.5
 */
export function scoreLabel(features: LineFeatures, label: Label, table = LABEL_WEIGHTS): number {
  const { bias, weights } = table[label]
  let score = bias
  for (const name in weights) score += weights[name as keyof LineFeatures]! * features[name as keyof LineFeatures]
  return score
}

/** Whether a label holds for a line: its score is above zero. */
export function hasLabel(features: LineFeatures, label: Label): boolean {
  return scoreLabel(features, label) > 0
}
