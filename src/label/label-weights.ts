/**
 * The weights that turn a line's features into label scores: one row per label, one column per
 * feature of `line-features.ts`, and a bias. A label holds when its score is above zero. This is
 * the one place where structure is decided by numbers; no step keeps a threshold of its own.
 *
 * The weights were set by hand from the conventions (`../shared/docs/CONVENTIONS.md`), a few
 * round values per label, and checked on the evaluation pages; they are not fitted to them.
 */
import type { FeatureName } from './line-features.js'

/** The labels scored on their evidence. */
export const LABELS = ['furniture', 'headline'] as const
export type Label = (typeof LABELS)[number]

export interface LabelWeights {
  bias: number
  weights: Partial<Record<FeatureName, number>>
}

/** A veto: one feature that rules a label out whatever else the line shows. */
const NEVER = -100

export const LABEL_WEIGHTS: Readonly<Record<Label, LabelWeights>> = {
  /**
   * Page furniture of e-paper and web copies (`第A07版:魅力乡镇`, `2020年06月11日`,
   * `下一版»本期共4版`, `刊发日期:…`, `logo`): short lines of dates, page names, navigation and
   * widget words, never sentences.
   */
  furniture: {
    bias: -2.5,
    weights: {
      short: 1,
      long: -3,
      fullStop: -2,
      innerStop: -1,
      closingEnd: -1,
      dateOnly: 4,
      hasDate: 1,
      dateMostly: 2,
      timeStamp: 2,
      pageLabel: 3,
      navigation: 1,
      navigationMany: 1.5,
      navigationOnly: 3,
      sectionOnly: 4,
      menu: 2,
      metaLabel: 2,
      footerLabel: 3,
      latinOnly: 3,
      numbersOnly: 3,
      separators: 2,
      breadcrumb: 3,
      tableRow: 3,
      rule: 4,
      bullet: -3,
      dateline: -3,
      credit: -1.5,
      // its credits are the article's: the body reads them, and the rest of the line as furniture
      publishing: NEVER,
    },
  },
  /**
   * A headline line of plain text, where no `#` gives its size: short, and no sentence (no `。`,
   * no clause mark at its end), no dateline, no credit, no publishing line (`来源:…`), no picture,
   * no bullet (a bullet marks a brief, a credit or a caption).
   */
  headline: {
    bias: 1,
    weights: {
      tiny: NEVER,
      long: NEVER,
      fullStop: NEVER,
      clauseEnd: NEVER,
      imageStub: NEVER,
      sectionOnly: NEVER,
      numbersOnly: NEVER,
      bullet: NEVER,
      creditLabel: NEVER,
      dateline: NEVER,
      credit: NEVER,
      metaLabel: NEVER,
      footerLabel: NEVER,
      publishing: NEVER,
    },
  },
}
