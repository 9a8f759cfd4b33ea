/**
 * Finding quotation spans in one paragraph. News copy is messy: curly and straight marks mix, a quotation may
 * open with a closing mark glued to the previous sentence ("Ukraine.”There is…"), end with a stray closing
 * mark that was never opened, or run on to the next paragraph (which opens again without closing this one).
 */
import { boundedMemo } from '../../memo.ts';

/** How a span's edges were found; anything but `paired` is a repaired malformation. */
export type SpanShape =
  | 'paired'
  /** Opened with a closing mark used as an opening one. */
  | 'reversed-open'
  /** Closed by a mark that was never opened; the span starts at the sentence (or previous quotation) start. */
  | 'stray-close'
  /** Still open at the paragraph's end: the quotation goes on in the next paragraph. */
  | 'open-ended';

/** A quotation span in a paragraph. `start`/`end` bound the quoted words, without the marks. */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Offset of the opening mark (equal to `start` when there is none), and just after the closing mark. */
  readonly outerStart: number;
  readonly outerEnd: number;
  readonly shape: SpanShape;
}

const OPEN = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSE = new Set(['\u201D', '\u00BB']);
const STRAIGHT = '"';

/** Any of the double quotation marks {@link marksOf} reads. */
const ANY_MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/;

type Mark = { at: number; role: 'open' | 'close' };

/** Decides which double quotation marks open and which close, repairing reversed curly marks. */
function marksOf(text: string): Mark[] {
  const marks: Mark[] = [];
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    let role: 'open' | 'close' | null = null;
    if (OPEN.has(ch)) role = 'open';
    else if (CLOSE.has(ch)) {
      // A closing mark with no space after it and a letter next, while no quotation is open, is an opening
      // mark typed the wrong way round ("Ukraine.”There is no doubt").
      role = !inside && /[\p{L}\p{N}[]/u.test(next) && !/[\p{L}\p{N}]/u.test(prev) ? 'open' : 'close';
    } else if (ch === STRAIGHT) {
      if (inside) role = 'close';
      else if (/[\s([\u2014\u2013-]/.test(prev) || i === 0) role = 'open';
      else if (/[\p{L}\p{N}[]/u.test(next)) role = 'open';
      else role = 'close';
    }
    if (role === null) continue;
    marks.push({ at: i, role });
    inside = role === 'open';
  }
  return marks;
}

/** Start of the sentence that contains `at`: after the last `.`, `!` or `?` followed by a space. */
function sentenceStartBefore(text: string, at: number, floor: number): number {
  for (let i = at - 1; i > floor; i--) {
    if (/\s/.test(text[i] as string) && /[.!?]["\u201D]?$/.test(text.slice(Math.max(floor, i - 2), i))) return i + 1;
  }
  return floor;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /[\s,]/.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}

/**
 * Finds every span inside double quotation marks in a paragraph, in order. Nested single-quoted spans stay
 * inside their double-quoted span. Spans without a letter or digit are ignored.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  // Most paragraphs quote nobody: no mark, no span, and no need to look at every character.
  if (!ANY_MARK.test(text)) return out;
  const marks = marksOf(text);
  let open: Mark | null = null;
  let lastEnd = 0;
  const push = (s: number, e: number, outerStart: number, outerEnd: number, shape: SpanShape) => {
    const t = trimmed(text, s, e);
    const words = text.slice(t.start, t.end);
    if (!/[\p{L}\p{N}]/u.test(words)) return;
    out.push({ start: t.start, end: t.end, text: words, outerStart, outerEnd, shape });
    lastEnd = outerEnd;
  };
  for (const m of marks) {
    if (m.role === 'open') {
      if (open) push(open.at + 1, m.at, open.at, m.at, 'open-ended');
      open = m;
      continue;
    }
    if (open) {
      const reversed = CLOSE.has(text[open.at] as string);
      push(open.at + 1, m.at, open.at, m.at + 1, reversed ? 'reversed-open' : 'paired');
      open = null;
      continue;
    }
    // A closing mark with nothing open: the quotation began at the start of its sentence, or right after the
    // previous quotation, whichever is later.
    const from = sentenceStartBefore(text, m.at, lastEnd);
    push(from, m.at, from, m.at + 1, 'stray-close');
  }
  if (open) push(open.at + 1, text.length, open.at, text.length, 'open-ended');
  return out;
}

/**
 * The paragraph with every quotation (marks included) replaced by `fill`, character for character, so offsets
 * still line up: what remains is the reporter's own words.
 */
export function maskQuotes(text: string, fill = ' '): string {
  return maskedTexts(text, fill);
}

/** The entity index, the attributor and the claimant resolver each mask the same paragraphs. */
const maskedTexts = boundedMemo(512, maskText, (text: string, fill: string) => `${fill}\u0000${text}`);

function maskText(text: string, fill: string): string {
  let out = '';
  let at = 0;
  for (const s of findQuoteSpans(text)) {
    out += text.slice(at, s.outerStart) + fill.repeat(s.outerEnd - s.outerStart);
    at = s.outerEnd;
  }
  return out + text.slice(at);
}
