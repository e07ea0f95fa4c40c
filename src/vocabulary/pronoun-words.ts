/**
 * The 14 words of the dictionary of the jieba segmenter (https://github.com/fxsjy/jieba, MIT
 * License), as shipped by @node-rs/jieba, that hold `他` or `她` and are more than the pronoun, seen
 * at least 100 times: a pronoun inside one (`其他`, `他们`, `吉他`) stands for no one person.
 * Written by `npm run lexicon` (scripts/lexicon-table.ts). Do not edit: regenerate.
 */
export const PRONOUN_WORDS: readonly string[] = [
  '他人',
  '他们',
  '他俩',
  '他国',
  '他妈的',
  '他家',
  '他杀',
  '他用',
  '其他',
  '其他人',
  '吉他',
  '她们',
  '她家',
  '马耳他',
]
