import { bracketedEnding } from './bracketed-ending.js'
import { markPullQuotes } from './pull-quotes.js'
import { CREDIT_MARK, mapReading, readByline, type BylineReading } from '../extract/byline.js'
import { markedCreditChain, readCreditChain } from '../extract/credit-chain.js'
import { readPublishingLine } from '../extract/publishing-line.js'
import { type DatelineReading, readDateline } from '../extract/dateline.js'
import { brandsOutlet } from '../../grammar/dateline-tokens.js'
import { type LeadReading, MAX_BYLINE, readLead, readLeadingByline, shift } from '../extract/lead.js'
import { MAX_PHOTO_CREDIT, readPhotoCredit } from '../extract/photo-credit.js'
import type { Lexicon } from '../lexicon.js'
import type { ArticleDraft, Context, Line, ParagraphDraft } from '../pipeline/context.js'
import { signsNamesAlone } from '../label/signature.js'
import { closesWithBracketedCredit } from '../label/photo-items.js'
import type { ParagraphRole, Span } from '../schema.js'
import { CLOSING_PUNCTUATION, LEADING_MARKS } from '../vocabulary/index.js'
import { EPAPER_SOURCE } from '../vocabulary/outlets.js'
import { isUnitName } from '../vocabulary/unit-names.js'
import { brokenLineLength } from '../label/line-measure.js'
import { isDateOnly } from '../label/line-features.js'
import { indentOf, indentsParagraphs } from '../label/paragraph-indents.js'

/** A credit line standing alone (`编辑:葛素文 责编:徐微`, `■ 本報記者 趙宗鋒`) is short. */
const MAX_CREDIT_LINE = 60
/** A web copy's publishing line, its labelled fields spaced out, fits in this many characters. */
const MAX_PUBLISHING_LINE = 120
/** An in-body subhead (`彪炳史册 雄健豪迈`) is short, with no clause punctuation. */
const MAX_SUBHEAD = 24
const CLAUSE_PUNCTUATION = /[,，、;；:：。!！?？]/
/** The number opening a subhead: `一、`, `(一)`, `1.`, `第一，`. */
const ENUMERATION =
  /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、]|第[一二三四五六七八九十]+[,，、])/
/** `（作者为中国驻芬兰大使）`, `(作者系…)`: a note about the author, not a byline. */
const AUTHOR_NOTE = /^(?:作者|笔者)(?:为|系|是)/
/** A unit that signs an item has a short name: `本报通联科`, `县人民政府办公室`; longer words are a sentence's. */
const MAX_SIGNING_UNIT = 8
/** `(见上图)`, `(附图片)`, `(图片)`, `（资料图）`: marks of a picture. */
const PICTURE_MARK = /^(?:\((?:见[上下左右]?图|附图片?|图片|资料图片?|图[一二三四五六七八九\d]*)\))+$/
/** An e-paper's source line closing a line, after a space. */
const EPAPER_SOURCE_AFTER = new RegExp(`\\s(${EPAPER_SOURCE.source})$`)
/** A notice's closing formula: `特此公告。`, `特此通知。`, `此致 敬礼`. */
const CLOSING_FORMULA = /^(?:特此(?:公告|通告|通知|函告|函复|批复|说明|证明)|此致\s*敬礼)[。!！]?$/
/** A notice's signature, the issuing body's name, fits in this many characters. */
const MAX_SIGNATURE_LINE = 30
/** A credit that names no one: a notice's issuing body. */
const NO_ONE: BylineReading = { outlet: null, contributors: [], guessedSplits: [] }
/** What a dispatch's dateline ends in: `…12月9日电`, `本报讯`. */
const DISPATCH_KIND = /[电讯]/
/** `![alt](src)`: an image stub left by a converter. */
const IMAGE_STUB = /^!\[[^\]\n]*\]\([^)\n]*\)$/
/**
 * A caption's opening, maybe after a bullet: `图①：`, `图1:`, `●图①;` (a numbered picture's mark
 * before a semicolon too), `上图：`, `图说:` (as 新民晚报 labels them), `图为`, `图片说明：`.
 */
const PHOTO_CAPTION =
  /^(?:[●◆■□▲]\s*)?(?:[上下左右]?图说?[①-⑳\d一二三四五六七八九十]*\s*[:：]|图[①-⑳\d]+\s*[;；]|图为|图片说明[:：])/
/**
 * Where a person stands in the picture, in brackets: `王雨嘉(左)`, `曹观友(右8)`, `(前排左三)`, `(左起)`:
 * only a caption places people so.
 */
const PICTURE_PLACE = /\((?:前排|后排|中排)?[左右中](?:起|[一二三四五六七八九十\d]{1,2})?\)/
/** A caption is one or two sentences: a longer paragraph that places people is the text's. */
const MAX_CAPTION = 160
/** `这是7月12日拍摄的…`, `这是在…航拍的…`: the caption formula of the agencies' pictures. */
const AGENCY_CAPTION = /^这是.{0,30}?(?:拍摄|航拍)的/
/** A caption's label alone on its line: `图:`, `图说:`, `图片说明:`. */
const CAPTION_LABEL_ALONE = /^(?:[上下左右]?图说?[①-⑳\d一二三四五六七八九十]*|图片说明)\s*[:：]$/
/** `编者按:…`: an editor's note opens here. */
export const EDITOR_NOTE_OPEN = /^(?:\*\*)?编者按/
const EDITOR_SIGNATURE = /^——\s*编\s*者$/
/** `。 夏慧`, `。 王庆山 姜长荣`: up to four names after a full stop and a space, at a paragraph's end. */
const SIGNATURE =
  /[。！？!?”」](?:\s*\(([\u3400-\u9fff]{2,4}(?:\s{1,2}[\u3400-\u9fff]{1,4}){0,3})\)|\s+([\u3400-\u9fff]{2,4}(?:\s{1,2}[\u3400-\u9fff]{1,4}){0,3}))$/
/** `。记者 郭连山`: a role word and names after a paragraph's last sentence. */
const ROLE_SIGNATURE =
  /[。！？!?”」]\s*([^\s。！？!?”」()]{2,8}\s*[\u3400-\u9fff]{2,4}(?:\s{1,2}[\u3400-\u9fff]{1,4}){0,3})$/
/**
 * `…獲得潛力獎。1021029`, `（編輯：管中維）1140424`: a wire story's code, its date in the ROC calendar
 * (year, month, day) glued after the last sentence or credit — page furniture.
 */
const STORY_CODE = /(?<=[。！？!?”」)）])\s*(\d{3})(\d{2})(\d{2})$/

/** The marks of running text: a sentence's or a clause's. */
const SENTENCE_MARK = /[，,、；;。！？!?：:]/
/** A line with nothing but spaces on it. */
const BLANK_LINE = /\n[ \t\u3000]*\r?\n/
/** A sentence's end closing a text, and one inside it: a caption is one sentence. */
const SENTENCE_CLOSE = /[。！!]$/
/** A byline glued after the last sentence with its bracket left open is this long at most: `(/文:县新闻中心 唐福升 …`. */
const MAX_UNCLOSED_BYLINE = 40
const SENTENCE_INSIDE = /[。！？!?；;](?=.)/

/** The brackets a dateline opens with, and their closers. */
const BRACKETS_OPENED: Readonly<Record<string, string>> = { '【': '】', '[': ']', '〔': '〕' }
/** The brackets a whole dateline may stand in: those, and Malaysian papers' `(新加坡22日訊)`. */
const BRACKET_OPENS = new Set(['(', ...Object.keys(BRACKETS_OPENED)])

/**
 * Whether a dateline is full, telling a dispatch wherever it stands: it names its outlet
 * (`新华社北京12月31日电`), or it is dated and stands whole in brackets (`(新加坡22日訊)`); `before`
 * is the character before its words.
 */
function isFullDateline(reading: DatelineReading, before: string): boolean {
  return reading.outlet !== null || (reading.date !== null && BRACKET_OPENS.has(before))
}
/** A dateline cut off at the end of an excerpt is at most this long. */
const MAX_CUT_DATELINE = 30
/** A chain of labelled credits looked for in this many characters at a paragraph's end. */
const MAX_CREDIT_CHAIN = 60
/** A chain of labelled credits follows one of these marks: a sentence's end. */
const CHAIN_AFTER = ['。', '！', '？', '!', '?', '”', '」']
/** Keyword tags: three to six words of two to four Han characters, one space between each. */
const TAG_STRIP = /^[\u3400-\u9fff]{2,4}(?: [\u3400-\u9fff]{2,4}){2,5}$/
/** A glued signature is looked for in this many characters at the end. */
const MAX_SIGNATURE = 24
/** A dateline and the byline after it fit in this many characters; longer brackets are body text. */
const LEAD_WINDOW = 160
/** `题:`, `題：`: the label of a headline restated after a wire dispatch's dateline (folded). */
const RESTATED_HEAD = /^题\s*:\s*/
/** The label fits in this many characters. */
const RESTATED_HEAD_ROOM = 4
/** `责任编辑:中乡网`: a label and one word (folded). */
const LABELLED_WORD = /^([\u3400-\u9fff]{2,4})\s*:\s*(\S{2,12})$/
/** Whether a word names an outlet: the lexicon's, or branded as one (`中乡网`, `…日报`). */
const isOutletWord = (word: string, lexicon: Lexicon): boolean => lexicon.isOutletName(word) || brandsOutlet(word)
/** A line wholly in square brackets: `【责任编辑:马春林】`, `〔编辑:王五〕`. */
const BRACKETED_LINE = /^(?:【[^【】]+】|〔[^〔〕]+〕|\[[^[\]]+\])$/
/** `(来源:i东莞)`: a web copy's source note in brackets, closing a paragraph (folded). */
const SOURCE_NOTE = /\s*\((?:来源|稿源|文章来源|信息来源)\s*:[^()]{1,30}\)$/
/** The longest source note looked for. */
const MAX_SOURCE_NOTE = 40
/** An editor's note runs to the dateline within this many lines. */
const MAX_NOTE_LINES = 8

/**
 * Reads each article's body: the dateline at the start of the first paragraph (in bold, or plain
 * `本报北京12月31日电`) and the byline after it; credit lines (whole lines in brackets, or bare
 * lines like `编辑:葛素文 责编:徐微`); a byline glued to the end of a paragraph; a trailing dateline
 * `（新华社北京12月31日电）`; notes about the author, editor's notes, captions and subheads; and
 * paragraphs with page breaks joined.
 *
 * A line continues on the next body line when it ends without a hard break and without closing
 * punctuation (`。！？…”」』）` as printed; a half-width `)` does not close), across blank lines.
 * In a page without hard breaks, only a long line continues, and never onto a line indented with
 * an ideographic space or after a colon. Joins
 * never cross a heading, a byline or a subhead. Body text after a byline stays with the article,
 * with a warning.
 */
export function readBodies(ctx: Context): void {
  const hardBreaks = ctx.runs.some((run) => run.kind === 'text' && run.lines.some((line) => line.hardBreak))
  const minBroken = brokenLineLength(ctx)
  for (const draft of ctx.drafts) {
    new BodyReader(ctx, draft, hardBreaks, minBroken).read()
    markPullQuotes(ctx, draft.paragraphs)
  }
}

class BodyReader {
  private readonly text: string
  private open: ParagraphDraft | null = null
  private openLine: Line | null = null
  private warnedAfterByline = false
  /** A byline or credit line came after body text: text after it is a continuation. */
  private closedByByline = false
  private previous: Line | null = null
  /** The paragraphs a photo's credit closes, glued to them or on the line after. */
  private readonly photoCredited = new Set<ParagraphDraft>()

  constructor(
    private readonly ctx: Context,
    private readonly draft: ArticleDraft,
    private readonly hardBreaks: boolean,
    private readonly minBroken: number,
  ) {
    this.text = ctx.normalized.text
  }

  read(): void {
    const lines = this.draft.body.filter((line) => line.kind !== 'blank' && line.kind !== 'chrome')
    // `外交部 法國 台海`: a web copy's keyword tags close the article; they are furniture
    const last = lines[lines.length - 1]
    if (last !== undefined && lines.length > 1 && (this.isTagStrip(last) || this.isCutDateline(last))) {
      last.kind = 'chrome'
      lines.pop()
    }
    const notes = this.editorNoteLines(lines)
    lines.forEach((line, index) => {
      if (index < notes) this.standalone(line, [span(line)], 'editor-note')
      else this.readLine(line, lines[index + 1])
      this.previous = line
    })
    this.captionsAbove()
  }

  /**
   * Paragraphs closed by a photo's credit that open the article, above text that has none
   * (`…會談。中新社發 劉震 攝` / `…參訪中國新聞社。中新社發 劉震 攝` / `臺灣《中國時報》…`), are the
   * captions of its pictures. Where every paragraph has one, the article is photo news: they are its text.
   */
  private captionsAbove(): void {
    const body = this.draft.paragraphs.filter((paragraph) => paragraph.role === 'body')
    const captions = body.findIndex((paragraph) => !this.photoCredited.has(paragraph))
    for (const paragraph of body.slice(0, Math.max(captions, 0))) paragraph.role = 'caption'
  }

  /** The last paragraph read is closed by a photo's credit, glued to it or on the line after. */
  private photoCreditsAbove(): void {
    const above = this.draft.paragraphs[this.draft.paragraphs.length - 1]
    if (above !== undefined) this.photoCredited.add(above)
  }

  /**
   * `【时事社东京十月二十四日`: the next dispatch of an excerpt, cut off inside its dateline at the
   * end — a bracket opened on an outlet and never closed; no text of this article.
   */
  private isCutDateline(line: Line): boolean {
    const content = this.text.slice(line.contentStart, line.contentEnd)
    const closer = content.length > MAX_CUT_DATELINE ? undefined : BRACKETS_OPENED[content.charAt(0)]
    if (closer === undefined || content.includes(closer) || CLAUSE_PUNCTUATION.test(content)) return false
    return this.ctx.lexicon.outletPrefix(this.ctx.folded(line.contentStart + 1, line.contentEnd)) !== null
  }

  /** Keyword tags (`外交部 法國 台海`), not names: a line of words that do not all open with a surname. */
  private isTagStrip(line: Line): boolean {
    const content = this.text.slice(line.contentStart, line.contentEnd)
    if (line.kind !== 'body' || !TAG_STRIP.test(content)) return false
    const folded = this.ctx.folded(line.contentStart, line.contentEnd)
    let at = 0
    for (const word of folded.split(' ')) {
      if (this.ctx.lexicon.surnameLength(folded, at) === 0) return true
      at += word.length + 1
    }
    return false
  }

  /**
   * How many lines an editor's note opening the body holds: up to the line that opens with a
   * dateline, where the article begins (`编者按:…` / `国家变化之快…` / `本报讯记者王慧敏报道:…`); 0
   * when the body opens otherwise or no dateline follows (the note is then its first paragraph).
   */
  private editorNoteLines(lines: Line[]): number {
    const first = lines[0]
    if (first === undefined || !EDITOR_NOTE_OPEN.test(this.text.slice(first.contentStart, first.contentEnd))) return 0
    for (let i = 1; i < lines.length && i <= MAX_NOTE_LINES; i++) {
      const line = lines[i]!
      const folded = this.fold(line.contentStart, Math.min(line.contentEnd, line.contentStart + LEAD_WINDOW))
      if (readLead(folded, this.ctx.lexicon).dateline?.reading.outlet != null) return i
    }
    return 0
  }

  private readLine(line: Line, next: Line | undefined): void {
    const content = this.text.slice(line.contentStart, line.contentEnd)
    if (
      (line.kind === 'paren' || (line.kind === 'body' && /^\(.*\)$/.test(content))) &&
      this.readParenLine(line, content, next === undefined)
    )
      return
    if (this.signatureLine(line, content, next)) return
    if (IMAGE_STUB.test(content)) {
      this.standalone(line, [span(line)], 'caption')
      return
    }
    if (EDITOR_SIGNATURE.test(content)) {
      const last = this.draft.paragraphs[this.draft.paragraphs.length - 1]
      if (last !== undefined && last.role === 'body') last.role = 'editor-note'
      this.standalone(line, [span(line)], 'editor-note')
      return
    }
    if ((line.credit || content.length <= MAX_CREDIT_LINE) && this.readCreditLine(line, content, next === undefined))
      return
    // a long publishing line: `来源:新民晚报     记者:罗水元     编辑:裘颖琼     2024-12-07 13:29`
    if (
      content.length > MAX_CREDIT_LINE &&
      content.length <= MAX_PUBLISHING_LINE &&
      content.includes(':') &&
      this.readPublishing(line, this.fold(line.contentStart, line.contentEnd))
    )
      return

    let pieces: Span[] = [span(line)]
    // a dateline opens the first paragraph, or the first after pull quotes: none is read later
    const first =
      this.draft.dateline === null &&
      (this.open === null ||
        this.paragraphStarts(line) ||
        (this.openLine !== null && !this.continues(this.openLine, line)))
    if (line.kind === 'lead') pieces = this.readLeadLine(line, first && !this.hasText())
    else if (first) {
      pieces = this.readPlainLead(line, next)
      if (this.draft.dateline !== null) this.close()
    } else if (this.draft.dateline !== null && line.kind === 'body') this.readNextDispatchCredit(line)
    if (pieces.length === 0) return
    pieces = this.withoutStoryCode(pieces)
    const glued =
      this.gluedByline(pieces) ?? this.gluedCreditChain(pieces) ?? this.gluedSignature(pieces, next === undefined)
    if (glued !== null) pieces = glued.pieces
    if (pieces.length === 0) {
      if (glued !== null) this.addCredit(glued.span, glued.base, glued.reading)
      return
    }

    let role: ParagraphRole = this.isCaption(line, content)
      ? 'caption'
      : this.isSubhead(line, content, next)
        ? 'subhead'
        : EDITOR_NOTE_OPEN.test(content)
          ? 'editor-note'
          : 'body'
    // a photo's credit closing a paragraph of text (`…受到农民欢迎。郭瑞斌 摄`): the photo news's credit
    const photo = role === 'body' && glued === null ? this.closingPhotoCredit(pieces) : null
    if (photo !== null) pieces = photo.pieces
    // `这是7月12日拍摄的…。新华社记者 徐昱 摄`: the agency's caption formula, with its credit
    if (photo !== null && AGENCY_CAPTION.test(this.fold(line.contentStart, line.contentEnd))) role = 'caption'
    if (role === 'body' && this.open !== null && this.openLine !== null && this.continues(this.openLine, line)) {
      this.open.pieces.push(...pieces)
      this.openLine = line
    } else {
      this.start(pieces, line, role, role === 'body' || role === 'editor-note')
    }
    if (photo !== null) {
      this.photoCreditsAbove()
      this.close()
      this.draft.bylines.push({ span: photo.span, base: photo.span.start, reading: photo.reading, photo: true })
    }
    if (glued !== null) {
      this.ctx.report('byline/glued', 'info', 'A byline ends this paragraph: it is read as the byline.', glued.span)
      this.close()
      this.addCredit(glued.span, glued.base, glued.reading)
    }
  }

  /** The photo credit that ends the last piece, and the pieces without it; null when there is none. */
  private closingPhotoCredit(pieces: Span[]): { pieces: Span[]; span: Span; reading: BylineReading } | null {
    const last = pieces[pieces.length - 1]!
    const from = Math.max(last.start, last.end - MAX_PHOTO_CREDIT)
    const credit = readPhotoCredit(this.fold(from, last.end), this.ctx.lexicon)
    if (credit === null) return null
    const start = from + credit.start
    let keep = start
    while (keep > last.start && /\s/.test(this.text.charAt(keep - 1))) keep--
    if (keep === last.start) return null
    const kept = { start: last.start, end: keep }
    const end = start + this.text.slice(start, last.end).trimEnd().length
    return { pieces: [...pieces.slice(0, -1), kept], span: { start, end }, reading: credit.reading }
  }

  /** The folded text of a span (Traditional → Simplified, one unit for one). */
  private fold(start: number, end: number): string {
    return this.ctx.folded(start, end)
  }

  /** A whole line in brackets (`last`: the article's last line): a byline, a trailing dateline, a note, a picture mark, or body text. */
  private readParenLine(line: Line, content: string, last: boolean): boolean {
    const inner = { start: line.contentStart + 1, end: line.contentEnd - 1 }
    if (inner.end - inner.start > LEAD_WINDOW) {
      this.standalone(line, [span(line)], 'body')
      return true
    }
    const folded = this.fold(inner.start, inner.end)
    const lead = readLead(folded, this.ctx.lexicon)
    const rest = lead.dateline !== null && lead.byline === null ? this.rest(folded, lead.bodyStart) : null
    if (lead.dateline !== null && (lead.bodyStart === folded.length || lead.byline !== null || rest !== null)) {
      // `（新华社北京12月31日电）`, `（新华社北京1月1日电  记者秦杰、张旭东）`
      this.close()
      this.setDateline(
        { start: inner.start + lead.dateline.start, end: inner.start + lead.dateline.end },
        folded.slice(0, lead.dateline.end),
      )
      if (lead.byline !== null) {
        this.addCredit(
          { start: inner.start + lead.byline.start, end: inner.start + lead.byline.end },
          inner.start,
          lead.byline.reading,
        )
      } else if (rest !== null) {
        this.addCredit({ start: inner.start + lead.bodyStart, end: inner.end }, inner.start, rest)
      }
      return true
    }
    const reading = readByline(folded, this.ctx.lexicon)
    if (reading !== null) {
      this.close()
      this.addCredit(span(line), inner.start, reading)
      return true
    }
    // `(法新社)` after the text: the agency the item comes from, a credit that names no one
    if (this.hasText() && this.ctx.lexicon.isOutlet(folded)) {
      this.close()
      this.addCredit(span(line), inner.start, { ...NO_ONE, outlet: [0, folded.length] })
      return true
    }
    if (AUTHOR_NOTE.test(folded)) {
      this.standalone(line, [span(line)], 'note')
      return true
    }
    if (PICTURE_MARK.test(content)) {
      this.standalone(line, [span(line)], 'caption')
      return true
    }
    // `(本报通联科)`, `(县委宣传部)` closing the text: the unit that signs it, a credit naming no one
    if (this.hasText() && last && folded.length <= MAX_SIGNING_UNIT && isUnitName(folded)) {
      this.close()
      this.addCredit(span(line), inner.start, NO_ONE)
      return true
    }
    // `(2019年12月31日)` right under the title is the speech's date, its subtitle; after the text
    // (`(2025年3月14日)` under each teaser of a listing) a date stamp, furniture
    if (isDateOnly(folded)) {
      if (this.underHeadline() && this.draft.subtitle === null) {
        this.draft.subtitle = line
        return true
      }
      if (this.draft.paragraphs.length > 0) {
        this.close()
        this.furniture(line.contentStart, line.contentEnd)
        return true
      }
    }
    this.standalone(line, [span(line)], 'body')
    return true
  }

  /** What follows a trailing dateline inside its brackets, read as a byline. */
  private rest(folded: string, from: number): BylineReading | null {
    if (from >= folded.length) return null
    const reading = readByline(folded.slice(from), this.ctx.lexicon)
    if (reading !== null) shift(reading, from)
    return reading
  }

  /**
   * A bare credit line: every token a role word or a name, at least one role word, names with
   * surnames. A column in brackets may close it: `秦廷富摄（影像中国）`.
   */
  private readCreditLine(line: Line, content: string, last = false): boolean {
    if (line.kind === 'lead' || line.kind === 'heading') return false
    // `【责任编辑:马春林】`: a credit line in brackets, the brackets its own
    if (BRACKETED_LINE.test(content)) {
      const credits = this.draft.bylines.length
      const inner = { ...line, contentStart: line.contentStart + 1, contentEnd: line.contentEnd - 1 }
      if (!this.readCreditLine(inner, content.slice(1, -1), last)) return false
      for (const credit of this.draft.bylines.slice(credits)) credit.span = span(line)
      return true
    }
    const column = bracketedEnding(content)
    if (
      column !== null &&
      this.readCreditLine({ ...line, contentEnd: line.contentStart + column.start }, content.slice(0, column.start))
    ) {
      const open = line.contentStart + column.open
      if (this.draft.column === null && this.draft.columnSpan === null)
        this.draft.columnSpan = { start: open + 1, end: line.contentEnd - 1 }
      return true
    }
    // `作者:雷收麦 《光明日报》( 2012年10月27日 06版)`: a credit, then the e-paper's source line
    const epaper = EPAPER_SOURCE_AFTER.exec(content)
    if (epaper !== null && epaper.index > 0) {
      const head = content.slice(0, epaper.index).trimEnd()
      if (!this.readCreditLine({ ...line, contentEnd: line.contentStart + head.length }, head)) return false
      const at = line.contentStart + epaper.index + epaper[0].length - epaper[1]!.length
      this.draft.furniture.push({ start: at, end: line.contentEnd })
      return true
    }
    const folded = this.ctx.folded(line.contentStart, line.contentEnd)
    // `责任编辑:中乡网`: a credit's label before an outlet's name names no one, furniture
    const label = LABELLED_WORD.exec(folded)
    if (label !== null && this.ctx.lexicon.role(label[1]!) !== undefined && isOutletWord(label[2]!, this.ctx.lexicon)) {
      this.close()
      this.furniture(line.contentStart, line.contentEnd)
      return true
    }
    const source = this.sourceLine(folded)
    if (source !== null) {
      this.close()
      this.addCredit(span(line), line.contentStart, source)
      return true
    }
    if (this.readPublishing(line, folded)) return true
    // `• 記者:龍德文編輯:王春媚`: a chain of labelled credits, maybe after a list's mark
    const chain = markedCreditChain(folded, this.ctx.lexicon)
    if (chain !== null) {
      this.close()
      this.addCredit(span(line), line.contentStart + chain.at, chain.reading)
      return true
    }
    // a plugin's credit token may open with marks of its own (`※ 张三 李四`): they name no one
    const marks = line.credit === true ? (LEADING_MARKS.exec(folded)?.[0].length ?? 0) : 0
    const reading = readByline(folded.slice(marks), this.ctx.lexicon)
    // names alone make a credit after a credit mark (`□ 田昀澍`), on a line a plugin's token read,
    // right under the headline before any text (`邯郸的贫民贷款` / `吴象`), or on the article's last
    // line after its last sentence (`…在视频分会场参会。` / `宗何`)
    const namesAlone =
      line.credit === true ||
      CREDIT_MARK.test(folded) ||
      (last && this.afterSentence(line)) ||
      (reading !== null && this.underHeadline() && signsNamesAlone(reading, folded.slice(marks), this.ctx.lexicon))
    if (reading === null || (!namesAlone && reading.contributors.every((c) => c.roleWord === null))) return false
    if (!line.credit && reading.contributors.some((c) => this.ctx.lexicon.surnameLength(folded, c.start) === 0))
      return false
    this.close()
    this.addCredit(span(line), line.contentStart + marks, reading)
    return true
  }

  /**
   * `2017-03-08 来源: 婺城新闻网 作者: 记者 胡敏霞`: a web copy's publishing line, furniture but its
   * credits; false when the line is none.
   */
  private readPublishing(line: Line, folded: string): boolean {
    const publishing = readPublishingLine(folded, this.ctx.lexicon)
    if (publishing === null) return false
    this.close()
    let at = line.contentStart
    for (const credit of publishing.credits) {
      const start = line.contentStart + credit.start
      this.furniture(at, start)
      this.addCredit({ start, end: line.contentStart + credit.end }, line.contentStart, credit.reading)
      at = line.contentStart + credit.end
    }
    this.furniture(at, line.contentEnd)
    return true
  }

  /** Text from `start` to `end`, spaces off its ends, as the article's furniture (none if it is blank). */
  private furniture(start: number, end: number): void {
    while (start < end && /\s/.test(this.text.charAt(start))) start++
    while (end > start && /\s/.test(this.text.charAt(end - 1))) end--
    if (start < end) this.draft.furniture.push({ start, end })
  }

  /** Whether nothing of the article's own has been read yet under its headline: no paragraph, no credit, no dateline. */
  private underHeadline(): boolean {
    const { draft } = this
    return (
      draft.title !== null && draft.paragraphs.length === 0 && draft.bylines.length === 0 && draft.dateline === null
    )
  }

  /** Whether the text before `line` (blank lines passed over) ends a sentence. */
  private afterSentence(line: Line): boolean {
    let i = line.start - 1
    while (i >= 0 && /\s/.test(this.text.charAt(i))) i--
    return i >= 0 && CLOSING_PUNCTUATION.has(this.text.charAt(i))
  }

  /**
   * `中华人民共和国财政部` after `特此公告。`: a notice's signature (落款), the issuing body on a line
   * of its own after the closing formula, at the article's end; a credit that names no person.
   */
  private signatureLine(line: Line, content: string, next: Line | undefined): boolean {
    if (line.kind !== 'body' || next !== undefined || content.length > MAX_SIGNATURE_LINE) return false
    if (CLAUSE_PUNCTUATION.test(content) || CLOSING_PUNCTUATION.has(content.charAt(content.length - 1))) return false
    const last = this.draft.paragraphs[this.draft.paragraphs.length - 1]
    const pieces = last?.pieces
    if (
      pieces === undefined ||
      !CLOSING_FORMULA.test(this.text.slice(pieces[0]!.start, pieces[pieces.length - 1]!.end))
    )
      return false
    this.close()
    this.draft.bylines.push({ span: span(line), base: line.contentStart, reading: NO_ONE })
    return true
  }

  /** `●南洋网`: a line that names the outlet alone, after a credit mark or none; null for any other. */
  private sourceLine(folded: string): BylineReading | null {
    const mark = CREDIT_MARK.exec(folded)?.[0].length ?? 0
    const words = folded.slice(mark).trim()
    if (!this.ctx.lexicon.isOutletName(words)) return null
    const start = folded.indexOf(words, mark)
    return { outlet: [start, start + words.length], contributors: [], guessedSplits: [] }
  }

  /** `**东昌府讯** 今年以来,…`, `【新华社北京十二月二十一日电】…`: the lead words are the dateline if they read as one. */
  private readLeadLine(line: Line, first: boolean): Span[] {
    const { words, rest: after } = line.lead!
    let rest = after
    const folded = this.ctx.folded(words.start, words.end)
    if (first && readDateline(folded, this.ctx.lexicon) !== null) {
      this.setDateline(words, folded)
      // a byline may follow the dateline: `**本报讯** （记者 张三）…`
      const byline = readLeadingByline(
        this.fold(rest, Math.min(line.contentEnd, rest + LEAD_WINDOW)),
        0,
        this.ctx.lexicon,
      )
      if (byline !== null) {
        this.addCredit({ start: rest + byline.start, end: rest + byline.end }, rest, byline.reading)
        rest += byline.end
        while (rest < line.contentEnd && /[\s:]/.test(this.text.charAt(rest))) rest++
      }
      return rest < line.contentEnd && !this.restatedHead(rest, line.contentEnd)
        ? [{ start: rest, end: line.contentEnd }]
        : []
    }
    if (line.token !== 'LeadLine') return [span(line)]
    // bold words that are no dateline: keep the words, drop the `**` markers
    const pieces = [words]
    if (words.end + 2 < line.contentEnd) pieces.push({ start: words.end + 2, end: line.contentEnd })
    return pieces
  }

  /** `本报北京12月31日电 （记者冯春梅）中国人民…`: a plain dateline and byline opening the first paragraph. */
  private readPlainLead(line: Line, next: Line | undefined): Span[] {
    const folded = this.fold(line.contentStart, Math.min(line.contentEnd, line.contentStart + LEAD_WINDOW))
    const lead = readLead(folded, this.ctx.lexicon)
    const base = line.contentStart
    // `记者李浩然、通讯员叶星国报道:…`: an inline credit opens the article's text, no dateline before it
    if (lead.dateline === null && lead.byline !== null && !this.hasText()) {
      this.addCredit({ start: base + lead.byline.start, end: base + lead.byline.end }, base, lead.byline.reading)
      return base + lead.bodyStart < line.contentEnd ? [{ start: base + lead.bodyStart, end: line.contentEnd }] : []
    }
    // after pull quotes, only a full dateline is taken: one that names its outlet (`新华社北京12月31日电`),
    // or a dated one in brackets (`(新加坡22日訊)`)
    if (
      lead.dateline === null ||
      (this.hasText() && !isFullDateline(lead.dateline.reading, folded.charAt(lead.dateline.start - 1)))
    )
      return [span(line)]
    if (lead.stamp !== undefined) this.draft.furniture.push({ start: base, end: base + lead.stamp.end })
    this.setDateline(
      { start: base + lead.dateline.start, end: base + lead.dateline.end },
      folded.slice(lead.dateline.start, lead.dateline.end),
    )
    if (lead.byline !== null)
      this.addCredit({ start: base + lead.byline.start, end: base + lead.byline.end }, base, lead.byline.reading)
    else if (next !== undefined && this.readBrokenByline(base + lead.bodyStart, line, next)) return []
    const rest = base + lead.bodyStart
    return rest < line.contentEnd && !this.restatedHead(rest, line.contentEnd)
      ? [{ start: rest, end: line.contentEnd }]
      : []
  }

  /**
   * `据新华社耶路撒冷12月9日电(记者聂晓阳、刘洪)以色列外交部…`: a further dispatch under the same
   * headline, its dateline naming its outlet, then its byline. The paragraph keeps its words (the
   * article's dateline is the first); the byline credits the article too.
   */
  private readNextDispatchCredit(line: Line): void {
    const lead = this.dispatchLead(line)
    if (lead?.dateline == null || lead.dateline.reading.outlet === null || lead.byline === null) return
    const base = line.contentStart
    this.draft.bylines.push({
      span: { start: base + lead.byline.start, end: base + lead.byline.end },
      base,
      reading: lead.byline.reading,
    })
  }

  /**
   * `新华社杭州7月31日电 题:事关全局的探路示范…`: a wire dispatch's headline, restated after its
   * dateline. It is the title of an article that has none, else furniture; true when it is one.
   */
  private restatedHead(start: number, end: number): boolean {
    const label = RESTATED_HEAD.exec(this.fold(start, Math.min(end, start + RESTATED_HEAD_ROOM)))
    if (label === null || start + label[0].length >= end) return false
    // a byline in brackets may close it: `题:1997年的世界经济:好事做过了头?(记者里奇·米勒)`
    const open = this.text.charAt(end - 1) === ')' ? start + this.text.slice(start, end).lastIndexOf('(') : -1
    if (open > start + label[0].length) {
      const reading = readByline(this.fold(open + 1, end - 1), this.ctx.lexicon)
      if (reading !== null) {
        this.addCredit({ start: open, end }, open + 1, reading)
        end = open
      }
    }
    const { draft } = this
    if (draft.title === null && draft.titleSpan === null) draft.titleSpan = { start: start + label[0].length, end }
    else this.furniture(start, end)
    return true
  }

  /**
   * A byline's bracket opened after the dateline and closed on the next line, as narrow columns
   * break it (`本报讯 （记者徐昕联 通讯员` / `田明 宋宗泽 姜山） 10 月 14 日，…`): read as one byline,
   * the names joined across the break with no space. The next line's text then starts after it.
   */
  private readBrokenByline(open: number, line: Line, next: Line): boolean {
    if (this.text.charAt(open) !== '(' || this.text.lastIndexOf(')', line.contentEnd) >= open) return false
    const close = this.text.indexOf(')', next.contentStart)
    const head = line.contentEnd - open - 1
    if (close === -1 || close >= next.contentEnd || head + close - next.contentStart > MAX_BYLINE) return false
    const joined = this.fold(open + 1, line.contentEnd) + this.fold(next.contentStart, close)
    const reading = readByline(joined, this.ctx.lexicon)
    if (reading === null || reading.contributors.every((c) => c.roleWord === null)) return false
    const at = (i: number): number => (i < head ? open + 1 + i : next.contentStart + i - head)
    const end = (i: number): number => (i <= head ? open + 1 + i : next.contentStart + i - head)
    this.addCredit({ start: open, end: close + 1 }, 0, mapReading(reading, at, end))
    let resume = close + 1
    while (resume < next.contentEnd && /[\s:]/.test(this.text.charAt(resume))) resume++
    next.contentStart = resume
    return true
  }

  /** The pieces without a wire story's code closing the last (`…。1021029`): the code is furniture. */
  private withoutStoryCode(pieces: Span[]): Span[] {
    const last = pieces[pieces.length - 1]!
    // most paragraphs close with no digit: passed over at a glance
    if (!isDigit(this.text.charCodeAt(last.end - 1))) return pieces
    const code = STORY_CODE.exec(this.text.slice(Math.max(last.start, last.end - 12), last.end))
    if (code === null || !isCalendarDay(Number(code[2]), Number(code[3]))) return pieces
    const end = last.end - code[0].length
    this.draft.furniture.push({ start: last.end - code[0].trimStart().length, end: last.end })
    return [...pieces.slice(0, -1), { start: last.start, end }]
  }

  /** `…健康发展。（记者 张三）`: a byline glued to the end of a paragraph, and the pieces without it. */
  private gluedByline(pieces: Span[]): { pieces: Span[]; span: Span; base: number; reading: BylineReading } | null {
    const last = pieces[pieces.length - 1]!
    if (this.text.charAt(last.end - 1) !== ')') return this.unclosedByline(pieces)
    // `…(记者 袁健斌)(来源:i东莞)`: a source note after the byline is furniture
    const note = SOURCE_NOTE.exec(this.fold(Math.max(last.start, last.end - MAX_SOURCE_NOTE), last.end))
    const close = note === null ? last.end : last.end - note[0].length
    if (this.text.charAt(close - 1) !== ')') return null
    const open = this.text.lastIndexOf('(', close - 1)
    if (open <= last.start || close - open > 80) return null
    const reading = readByline(this.ctx.folded(open + 1, close - 1), this.ctx.lexicon)
    if (reading === null || reading.contributors.every((c) => c.roleWord === null)) return null
    if (note !== null) this.furniture(close, last.end)
    let end = open
    while (end > last.start && /\s/.test(this.text.charAt(end - 1))) end--
    const kept = end > last.start ? [...pieces.slice(0, -1), { start: last.start, end }] : pieces.slice(0, -1)
    return { pieces: kept, span: { start: open, end: close }, base: open + 1, reading }
  }

  /**
   * `…介绍给世界。(/文:县新闻中心 唐福升  县外事侨务办  张月亭`: a byline glued after the last
   * sentence whose bracket the copy never closed (a slash may stand before its role word).
   */
  private unclosedByline(pieces: Span[]): { pieces: Span[]; span: Span; base: number; reading: BylineReading } | null {
    const last = pieces[pieces.length - 1]!
    // the bracket is looked for in the paragraph's last characters only, and no `)` after it
    const from = Math.max(last.start + 1, last.end - MAX_UNCLOSED_BYLINE)
    let open = last.end - 1
    while (open >= from && this.text.charCodeAt(open) !== 0x28 && this.text.charCodeAt(open) !== 0x29) open--
    if (open < from || this.text.charCodeAt(open) !== 0x28) return null
    let end = open
    while (end > last.start && /\s/.test(this.text.charAt(end - 1))) end--
    if (end === last.start || !SENTENCE_CLOSE.test(this.text.charAt(end - 1))) return null
    let base = open + 1
    while (base < last.end && /[\s/]/.test(this.text.charAt(base))) base++
    const reading = readByline(this.ctx.folded(base, last.end), this.ctx.lexicon)
    if (reading === null || reading.contributors.every((c) => c.roleWord === null)) return null
    return {
      pieces: [...pieces.slice(0, -1), { start: last.start, end }],
      span: { start: open, end: last.end },
      base,
      reading,
    }
  }

  /**
   * `…的行为。来源：环球网编辑：莫愁审核：周佳佳`: labelled credits glued one after another to a
   * paragraph's last sentence, as web copies close: `来源` names the outlet, each role its people.
   */
  private gluedCreditChain(
    pieces: Span[],
  ): { pieces: Span[]; span: Span; base: number; reading: BylineReading } | null {
    const piece = pieces[pieces.length - 1]!
    const from = Math.max(piece.start, piece.end - MAX_CREDIT_CHAIN)
    // a chain's labels end in colons: most paragraphs close with none and are passed over unfolded
    let colon = from
    while (colon < piece.end && this.text.charCodeAt(colon) !== 0x3a) colon++
    if (colon === piece.end) return null
    const tail = this.fold(from, piece.end)
    const chainStart = Math.max(...CHAIN_AFTER.map((mark) => tail.lastIndexOf(mark)))
    if (chainStart === -1) return null
    const base = from + chainStart + 1
    const chain = tail.slice(chainStart + 1)
    const reading = readCreditChain(chain, this.ctx.lexicon)
    if (reading === null) return null
    const kept = { start: piece.start, end: base }
    return { pieces: [...pieces.slice(0, -1), kept], span: { start: base, end: piece.end }, base, reading }
  }

  /**
   * `…已完成项目包装资料5个。 夏慧`: names after the article's last full stop and a space, each
   * opening with a surname: a signature glued to the last paragraph.
   */
  private gluedSignature(
    pieces: Span[],
    last: boolean,
  ): { pieces: Span[]; span: Span; base: number; reading: BylineReading } | null {
    const piece = pieces[pieces.length - 1]!
    const from = Math.max(piece.start, piece.end - MAX_SIGNATURE)
    const tail = this.text.slice(from, piece.end)
    // names alone sign only the article's last paragraph; a role word makes any paragraph's end a credit
    const names = last ? SIGNATURE.exec(tail) : null
    // a photo's credit (`…摄`) is the photo readers' to take
    const role = names === null && !tail.endsWith('摄') && !tail.endsWith('攝') ? ROLE_SIGNATURE.exec(tail) : null
    const match = names ?? role
    if (match === null) return null
    const words = match[1] ?? match[2]!
    const start = from + match.index + 1
    const base = from + match.index + match[0].lastIndexOf(words)
    const folded = this.fold(base, base + words.length)
    const reading = readByline(folded, this.ctx.lexicon)
    if (
      reading === null ||
      reading.contributors.some((c) => this.ctx.lexicon.surnameLength(folded, c.start) === 0) ||
      (role !== null && reading.contributors.some((c) => c.roleWord === null))
    )
      return null
    let credit = start
    while (/\s/.test(this.text.charAt(credit))) credit++
    const kept = { start: piece.start, end: start }
    return { pieces: [...pieces.slice(0, -1), kept], span: { start: credit, end: piece.end }, base, reading }
  }

  private isCaption(line: Line, content: string): boolean {
    // `图①：会议现场。新华社记者 李学仁摄`, `图为工人正在作业。`: a photo's caption
    if (PHOTO_CAPTION.test(content)) return true
    if (closesWithBracketedCredit(this.ctx, line)) return true
    // `王雨嘉(左)与当地村民在苹果园里劳作`: people placed in the picture
    if (content.length <= MAX_CAPTION && PICTURE_PLACE.test(content)) return true
    const previous = this.previous
    // `图:` alone on its line: the caption is the next line
    if (previous !== null && CAPTION_LABEL_ALONE.test(this.text.slice(previous.contentStart, previous.contentEnd)))
      return true
    return (
      previous !== null &&
      IMAGE_STUB.test(this.text.slice(previous.contentStart, previous.contentEnd)) &&
      content.length <= MAX_SUBHEAD &&
      !CLOSING_PUNCTUATION.has(content.charAt(content.length - 1)) &&
      line.kind === 'body'
    )
  }

  /** A short line without clause punctuation, between paragraphs, followed by body text. */
  private isSubhead(line: Line, content: string, next: Line | undefined): boolean {
    if (line.subhead) return true
    // a short line wholly in bold that is no dateline, before a paragraph: `**一、稳住经济大盘**`
    if (line.kind === 'lead' && line.lead?.whole === true) {
      const words = this.text.slice(line.lead.words.start, line.lead.words.end).replace(ENUMERATION, '')
      return (
        next !== undefined &&
        words.length <= MAX_SUBHEAD &&
        !CLAUSE_PUNCTUATION.test(words) &&
        !CLOSING_PUNCTUATION.has(words.charAt(words.length - 1))
      )
    }
    if (line.kind !== 'body' || next === undefined || (next.kind !== 'body' && next.kind !== 'lead')) return false
    // in a page set in narrow columns, a line of the column's width is a wrapped line
    if (!this.hardBreaks && line.features?.columnWidth === 1) return false
    // what follows a subhead is a paragraph, not another short line (a signature, a date)
    const following = this.text.slice(next.contentStart, next.contentEnd)
    if (following.length <= MAX_SUBHEAD && !CLOSING_PUNCTUATION.has(following.charAt(following.length - 1)))
      return false
    if (
      content.length > MAX_SUBHEAD ||
      CLAUSE_PUNCTUATION.test(content) ||
      CLOSING_PUNCTUATION.has(content.charAt(content.length - 1))
    )
      return false
    // the line before must have ended its paragraph, or this is the article's first line
    const before = this.openLine
    return before === null || before.hardBreak || CLOSING_PUNCTUATION.has(this.lastCharOf(before)) || this.open === null
  }

  /** Whether a paragraph of text came already: pictures and their captions before the lead do not count. */
  private hasText(): boolean {
    return this.draft.paragraphs.some((paragraph) => paragraph.role !== 'caption')
  }

  /** A line indented with an ideographic space (`　　`) starts a paragraph, as set type does. */
  private paragraphStarts(line: Line): boolean {
    return (
      line.opensParagraph === true || this.ctx.input.charCodeAt(this.ctx.inputOffset(line.contentStart) - 1) === 0x3000
    )
  }

  /**
   * On a page that indents each paragraph's first line and wraps the rest at the measure, an
   * unindented line right under a full one carries it on, a sentence's end or not (`…基地。` /
   * `撤乡设镇,将为…`).
   */
  private wrapsOnto(previous: Line, line: Line): boolean {
    return (
      indentOf(line) === 0 &&
      // right under it: no blank line between
      this.text.lastIndexOf('\n', line.start - 2) < previous.end &&
      previous.contentEnd - previous.contentStart >= this.minBroken &&
      indentsParagraphs(this.ctx)
    )
  }

  /** Whether `line` carries on the paragraph that `previous` left open. */
  private continues(previous: Line, line: Line): boolean {
    const last = this.lastCharOf(previous)
    if (previous.hardBreak || this.paragraphStarts(line)) return false
    if (CLOSING_PUNCTUATION.has(last) && !this.wrapsOnto(previous, line)) return false
    // a bulleted line is a point of its own: `● 智能电视机…` / `● 网络电视…`
    if (line.bullet === true) return false
    // a dispatch opens a paragraph: `…齐赴车站欢迎` / `【新华社北京四日电】中央人民政府…`
    if (line.kind === 'lead' || this.opensDispatch(line)) return false
    // in plain text a line ending in a colon leads into what follows: `现就有关事项公告如下:`
    if (!this.hardBreaks && (last === ':' || last === '：')) return false
    // across a blank line, only running text goes on: a line with no sentence's mark (a menu, a
    // title, an address) ends its block (`金华小城镇美丽进行时` / `` / `昨天下午,…`), and so does a
    // line closed by a semicolon, a list's item (`…探路示范;` / `` / `这里是…`)
    if (
      this.blankBetween(previous, line) &&
      (last === ';' ||
        last === '；' ||
        !SENTENCE_MARK.test(this.text.slice(previous.contentStart, previous.contentEnd)))
    )
      return false
    // without hard breaks, only a long line stops mid-sentence: a short one is a signature, a date
    // (measured as printed: a byline read off its start leaves the line as long as it was)
    return this.hardBreaks || previous.contentEnd - previous.begin >= this.minBroken
  }

  /**
   * Whether a line opens with a dispatch's dateline as a new paragraph prints one: in brackets
   * (`【新华社北京四日电】…`), or with its outlet and date (`新华社北京12月21日电 …`).
   */
  private opensDispatch(line: Line): boolean {
    const dateline = line.kind === 'body' ? this.dispatchLead(line)?.dateline : null
    if (dateline == null) return false
    const { outlet, date } = dateline.reading
    const opening = this.fold(line.contentStart, line.contentStart + 1)
    return BRACKETS_OPENED[opening] !== undefined || (outlet !== null && date !== null)
  }

  /**
   * The lead opening a line that may open a dispatch, read in its first `LEAD_WINDOW` characters;
   * null when they hold no 电 or 讯, as most paragraphs do (a dispatch's dateline ends in one).
   */
  private dispatchLead(line: Line): LeadReading | null {
    const folded = this.fold(line.contentStart, Math.min(line.contentEnd, line.contentStart + LEAD_WINDOW))
    return DISPATCH_KIND.test(folded) ? readLead(folded, this.ctx.lexicon) : null
  }

  /** Whether a blank line stands between two lines. */
  private blankBetween(previous: Line, line: Line): boolean {
    return BLANK_LINE.test(this.text.slice(previous.contentEnd, line.start))
  }

  /** The last character of a line as printed (the input, not the normalised view). */
  private lastCharOf(line: Line): string {
    return this.ctx.input.charAt(this.ctx.inputEnd(line.contentEnd) - 1)
  }

  private start(pieces: Span[], line: Line, role: ParagraphRole, joinable: boolean): void {
    if (this.closedByByline && !this.warnedAfterByline && role !== 'note' && role !== 'caption') {
      this.warnedAfterByline = true
      this.ctx.report(
        'structure/text-after-byline',
        'warning',
        'Text follows the byline with no new heading: it is kept with the article before it.',
        { start: line.begin, end: line.contentEnd },
      )
    }
    const paragraph: ParagraphDraft = { pieces, role }
    this.draft.paragraphs.push(paragraph)
    if (role === 'caption') this.readPhotoCredit(pieces[pieces.length - 1]!)
    this.open = joinable ? paragraph : null
    this.openLine = joinable ? line : null
  }

  private standalone(line: Line, pieces: Span[], role: ParagraphRole): void {
    this.close()
    this.start(pieces, line, role, false)
  }

  /**
   * The photo credit that closes a caption, after its last sentence: `图①：会议现场。新华社记者
   * 李学仁摄`, `▲ 丰收节现场。 融媒体记者 李强 摄`. It names the photographer, as a credit.
   */
  private readPhotoCredit(at: Span): void {
    const credit = readPhotoCredit(this.fold(at.start, at.end), this.ctx.lexicon)
    if (credit === null) return
    const start = at.start + credit.start
    const end = start + this.text.slice(start, at.end).trimEnd().length
    this.draft.bylines.push({ span: { start, end }, base: start, reading: credit.reading, photo: true })
  }

  private close(): void {
    this.open = null
    this.openLine = null
  }

  private setDateline(at: Span, folded: string): void {
    const reading = readDateline(folded, this.ctx.lexicon)
    if (reading === null) return
    if (this.draft.dateline !== null) {
      this.ctx.report('dateline/extra', 'info', 'A second dateline in one article: the first is kept.', at)
      return
    }
    this.draft.dateline = { span: at, reading }
    this.captionsBeforeDateline(isFullDateline(reading, this.text.charAt(at.start - 1)))
  }

  /**
   * Paragraphs before the dateline that each close with a photo's credit are the photos' captions,
   * printed above the dispatch (`浚县农商银行员工代表在烈士公墓前默哀。 王硕 摄` / `本报讯 （记者…）…`);
   * so are single sentences above a full dateline, one that names its outlet or a dated one in
   * brackets, where the copy lost the credit (`罗清泉等领导考察宝塔村。` / `湖北日报消息 …`,
   * `被迫搬遷的住戶將…` / `(新加坡22日訊)…`): the story's text opens at its dateline.
   */
  private captionsBeforeDateline(full: boolean): void {
    const { paragraphs, bylines } = this.draft
    const oneSentence = (paragraph: ParagraphDraft): boolean => {
      const text = paragraph.pieces.map((piece) => this.text.slice(piece.start, piece.end)).join('')
      return SENTENCE_CLOSE.test(text) && !SENTENCE_INSIDE.test(text)
    }
    const credited = (paragraph: ParagraphDraft): boolean => {
      const end = paragraph.pieces[paragraph.pieces.length - 1]!.end
      return bylines.some(
        (b) => b.photo === true && b.span.start >= end && this.text.slice(end, b.span.start).trim() === '',
      )
    }
    if (
      paragraphs.length > 0 &&
      paragraphs.every((p) => p.role === 'body' && (credited(p) || (full && oneSentence(p))))
    )
      for (const paragraph of paragraphs) paragraph.role = 'caption'
  }

  /** A credited person's name as credits are compared: folded, its spaces out (`刘 晨` is `刘晨`). */
  private creditedName(base: number, c: { start: number; end: number }): string {
    return this.fold(base + c.start, base + c.end).replace(/\s+/g, '')
  }

  /** `(作者:孟军)` after `(全媒体记者 孟军)`: every name an author, and every one credited already. */
  private authorCredited(base: number, reading: BylineReading): boolean {
    if (reading.contributors.length === 0 || reading.contributors.some((c) => c.role !== 'author')) return false
    const known = new Set(
      this.draft.bylines.flatMap((b) => b.reading.contributors.map((c) => this.creditedName(b.base, c))),
    )
    return reading.contributors.every((c) => known.has(this.creditedName(base, c)))
  }

  /**
   * `乐梦融 王爱东` under the title, then `(见习记者 乐梦融 特约通讯员 王爱东)`: a credit with roles
   * that names every person of the article's first credit, of names alone, or of authors alone (`作者:欧阳进权`
   * in the publishing line, then `(福州日报记者 欧阳进权 文/摄)`), takes its place.
   */
  private dropNamesCredited(base: number, reading: BylineReading): void {
    if (!reading.contributors.some((c) => c.roleWord !== null && c.role !== 'author')) return
    const named = new Set(reading.contributors.map((c) => this.creditedName(base, c)))
    // the credit printed first, under the headline or in the publishing line, is the one that repeats
    const { bylines } = this.draft
    const first = bylines[0]
    if (
      first === undefined ||
      first.photo === true ||
      first.reading.contributors.length === 0 ||
      !first.reading.contributors.every(
        (c) => (c.roleWord === null || c.role === 'author') && named.has(this.creditedName(first.base, c)),
      )
    )
      return
    const [names] = bylines.splice(0, 1)
    this.ctx.report(
      'byline/names-credited',
      'info',
      'Names alone, or authors alone, are credited again with their roles: the credit with roles is kept.',
      names!.span,
    )
  }

  private addCredit(at: Span, base: number, reading: BylineReading): void {
    // a photo's credit on a line of its own (`(杜华举摄)`) closes the paragraph above it too
    if (reading.contributors.some((c) => c.role === 'photographer')) this.photoCreditsAbove()
    const fold = (s: Span) => this.ctx.folded(s.start, s.end).replace(/^\(|\)$/g, '')
    const repeated = this.draft.bylines.find((b) => fold(b.span) === fold(at))
    if (repeated !== undefined) {
      this.closedByByline = true
      this.ctx.report(
        'byline/repeated',
        'info',
        'The byline is printed again (a column jump): the article continues across it.',
        at,
      )
      return
    }
    if (this.authorCredited(base, reading)) {
      if (this.hasText()) this.closedByByline = true
      this.ctx.report('byline/author-credited', 'info', 'The author is credited already: `作者` names no one new.', at)
      return
    }
    if (this.hasText()) this.closedByByline = true
    this.dropNamesCredited(base, reading)
    for (const [start, end] of reading.guessedSplits) {
      this.ctx.report(
        'byline/guessed-split',
        'warning',
        'Names printed together were split where a surname starts: a guess.',
        { start: base + start, end: base + end },
      )
    }
    this.draft.bylines.push({ span: at, base, reading })
  }
}

const span = (line: Line): Span => ({ start: line.contentStart, end: line.contentEnd })

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39
/** A month and a day that may stand together in a calendar. */
const isCalendarDay = (month: number, day: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31
