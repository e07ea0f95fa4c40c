/**
 * Traditional → Simplified, one character for one, for the characters of the vocabulary
 * (role words, outlets, dateline kinds) and the commonest surnames. Used for matching only.
 */
export const traditionalAliases: Readonly<Record<string, string>> = {
  記: '记', 訊: '讯', 電: '电', 報: '报', 員: '员', 編: '编', 輯: '辑', 責: '责',
  實: '实', 習: '习', 見: '见', 攝: '摄', 審: '审', 體: '体', 網: '网', 華: '华',
  導: '导', 駐: '驻', 約: '约', 聞: '闻', 視: '视', 經: '经', 濟: '济', 廣: '广', 東: '东',
  陳: '陈', 張: '张', 劉: '刘', 趙: '赵', 吳: '吴', 黃: '黄', 楊: '杨', 鄭: '郑', 許: '许',
  謝: '谢', 韓: '韩', 馮: '冯', 鄧: '邓', 蕭: '萧', 葉: '叶', 蘇: '苏', 盧: '卢', 蔣: '蒋',
  孫: '孙', 馬: '马', 羅: '罗', 鍾: '钟', 鐘: '钟', 譚: '谭', 龍: '龙', 萬: '万', 錢: '钱',
  湯: '汤', 賴: '赖', 嚴: '严', 陸: '陆', 閻: '阎', 關: '关', 顧: '顾',
  溫: '温', 賈: '贾', 鄒: '邹', 餘: '余', 魯: '鲁', 龔: '龚', 聶: '聂',
}
