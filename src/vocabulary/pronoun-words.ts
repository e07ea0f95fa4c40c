/**
 * The 22 words of the dictionary of the jieba segmenter (https://github.com/fxsjy/jieba, MIT
 * License), as shipped by @node-rs/jieba, that hold `他` or `她` and are more than the pronoun, seen
 * at least 20 times: a pronoun inside one (`其他`, `他们`, `吉他`) stands for no one person.
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
  '她俩',
  '她家',
  '巽他群岛',
  '异国他乡',
  '排他性',
  '犹他',
  '犹他州',
  '王顾左右而言他',
  '维他命',
  '马耳他',
]
