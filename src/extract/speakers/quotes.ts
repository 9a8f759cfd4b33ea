import type { Article } from '../../knowledge/types.ts';
import { buildEntityIndex } from '../entities/index.ts';
import { NAMING_WORDS, type QuoteSpan } from '../language/index.ts';
import type { Entity, Quote, QuoteKind, Sentence } from '../types.ts';
import { type Attributor, createAttributor } from './attribution.ts';
import { fromEntity } from './referents.ts';

/**
 * Classifies a quotation: `term` for a name given after "called", "dubbed" and the like, or a title inside the
 * reporter's sentence ("shows like “Severance”"); `direct` when the
 * quotation opens its own sentence (or follows a colon) and starts like a sentence; `partial` when it is a
 * fragment woven into the reporter's sentence.
 */
export function quoteKind(paragraph: string, span: Pick<QuoteSpan, 'outerStart' | 'text'>): QuoteKind {
  const before = paragraph.slice(0, span.outerStart).trimEnd();
  const words = span.text.split(/\s+/).filter(Boolean);
  const tail = before.toLowerCase().split(/\s+/).slice(-2).join(' ');
  if (words.length <= 6 && [...NAMING_WORDS].some((w) => tail.endsWith(w))) return 'term';
  const opensSentence = before === '' || /[.!?:][\u201D"]?$/.test(before);
  // "shows like “Severance,”", "during his “My Take”": a title inside the reporter's sentence names something.
  if (!opensSentence && isTitle(words)) return 'term';
  return opensSentence && /^[\p{Lu}[\d]/u.test(span.text) ? 'direct' : 'partial';
}

/** Small words a title keeps in lower case ("Lord of the Rings"). */
const TITLE_LINKS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'or', '&']);

/** One-word answers, which are speech even when capitalised inside a sentence. */
const ANSWERS = new Set(['yes', 'no', 'ok', 'okay', 'maybe', 'never', 'thanks']);

/**
 * Are these words a title: at most six, the first and last capitalised, every other one capitalised or a small
 * linking word, and no sentence's end among them?
 */
function isTitle(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 6 || /[.!?]$/.test(words.at(-1) as string)) return false;
  // 'replied “Yes”' is an answer, not a title.
  if (words.length === 1 && ANSWERS.has((words[0] as string).toLowerCase())) return false;
  const capital = (w: string) => /^[\p{Lu}\d]/u.test(w);
  return (
    capital(words[0] as string) &&
    capital(words.at(-1) as string) &&
    words.every((w) => capital(w) || TITLE_LINKS.has(w.toLowerCase()))
  );
}

/** The verbatim sentence(s) of a paragraph that contain the span, for citing it. */
function contextOf(paragraph: string, sentences: readonly Sentence[], start: number, end: number): string {
  const covering = sentences.filter((s) => s.start < end && s.end > start);
  const first = covering[0];
  const last = covering.at(-1);
  if (!first || !last) return paragraph;
  return paragraph.slice(Math.min(first.start, start), Math.max(last.end, end));
}

/**
 * Finds every quotation in an article and attributes it to a speaker (or null, never a guess). The entity list
 * is not needed: attribution works on its own index, which also keeps the genders and doubtful bare names that
 * the shared {@link Entity} shape does not carry. Pass the article's attributor when the caller has one (the
 * pipeline shares one walk between quotations and figures).
 */
export function extractQuotes(
  article: Article,
  sentences: readonly Sentence[],
  _entities: readonly Entity[],
  given?: Attributor,
): Quote[] {
  const attributor = given ?? createAttributor(article, buildEntityIndex(article.paragraphs));
  const out: Quote[] = [];
  for (const p of article.paragraphs) {
    const own = sentences.filter((s) => s.paragraph === p.number);
    const line = transcriptLine(p.text, attributor);
    if (line) {
      out.push({
        article: article.id,
        paragraph: p.number,
        text: p.text.slice(line.start),
        kind: 'direct',
        speaker: line.speaker.name,
        speakerRole: line.speaker.role,
        speakerAliases: line.speaker.aliases,
        rule: 'transcript',
        context: p.text,
        start: line.start,
        end: p.text.length,
      });
      continue;
    }
    for (const span of attributor.quoteSpans(p.number)) {
      const who = attributor.quoteSpeaker(p.number, span.start);
      out.push({
        article: article.id,
        paragraph: p.number,
        text: span.text,
        kind: quoteKind(p.text, span),
        speaker: who?.name ?? null,
        speakerRole: who?.role ?? null,
        speakerAliases: who?.aliases ?? [],
        rule: who?.rule ?? null,
        context: contextOf(p.text, own, span.outerStart, span.outerEnd),
        start: span.start,
        end: span.end,
      });
    }
  }
  return out;
}

/**
 * A paragraph that is a line of a transcript ("AUSTAN GOOLSBEE: If we cannot get control of the virus, …"): the
 * speaker's name in capitals, a colon, then their words, with no quotation marks. The name must be someone the
 * article names, and the words written in ordinary case: a headline in capitals ("KUDLOW: REPUBLICANS ARE …") or a
 * label ("CORRECTION: …", "FILE PHOTO: …") is no line of speech. Returns where the words start and who speaks them.
 */
function transcriptLine(
  paragraph: string,
  attributor: Attributor,
): { start: number; speaker: { name: string; role: string | null; aliases: readonly string[] } } | null {
  const m = TRANSCRIPT_LABEL.exec(paragraph);
  if (!m) return null;
  const words = paragraph.slice(m[0].length);
  const lower = (words.match(/\p{Ll}/gu) ?? []).length;
  const upper = (words.match(/\p{Lu}/gu) ?? []).length;
  if (lower < 2 * upper) return null;
  const label = (m[1] as string).toLowerCase().replace(/(^|[\s'’.-])\p{L}/gu, (c) => c.toUpperCase());
  const entity = attributor.index.lookup(label, 'person');
  if (entity?.kind !== 'person') return null;
  const speaker = fromEntity(entity, false);
  return { start: m[0].length, speaker: { name: speaker.name, role: speaker.role, aliases: speaker.aliases } };
}

/** A speaker's name in capitals, one to four words, then a colon: the label of a transcript's line. */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}):\s+(?=\S)/u;
