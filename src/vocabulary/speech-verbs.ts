/**
 * Verbs that attribute speech, longest first: `X表示：“…”`, `“…”X说`. The quote reader finds a
 * quote's speaker before one of them; the people reader takes a name right before one as a person.
 */
export const SPEECH_VERBS: readonly string[] = [
  '告诉本报记者',
  '动情地说',
  '激动地说',
  '高兴地说',
  '告诉记者',
  '告诉我们',
  '如是反映',
  '介绍说',
  '回忆说',
  '笑着说',
  '如是说',
  '补充道',
  '思索道',
  '表示',
  '说道',
  '指出',
  '强调',
  '宣布',
  '介绍',
  '坦言',
  '感慨',
  '感叹',
  '认为',
  '提到',
  '谈到',
  '透露',
  '回忆',
  '解释',
  '回答',
  '直言',
  '问道',
  '喊道',
  '写道',
  '笑道',
  '反映',
  '说',
  '称',
]

/** Words that end with a speech verb but attribute nothing: `对…来说`, `据说`, `小说`. */
export const NOT_SPEECH: readonly string[] = ['来说', '据说', '听说', '小说', '虽说', '传说', '再说', '就是说']

/**
 * Verbs that pass on what an office asks or decides, whose object is the clause after them:
 * `中宣部发出通知要求` / `各新闻单位认真组织开展…`. No speech (no quote is theirs), but a headline
 * line ending in one leads into the line under it, as a speech verb does.
 */
export const DIRECTIVE_VERBS: readonly string[] = ['要求', '部署', '号召', '呼吁', '提出', '决定']
