import type { Article } from '../../knowledge/types.ts';
import { escapeRegExp } from '../../regexp.ts';
import type { DateMention, EventAspect, EventFact, Quote, Sentence } from '../types.ts';
import { forces, isNaval, naval } from './forces.ts';
import { namesIn } from './names.ts';
import { announcements, attendance } from './people.ts';
import { heldIn, relativePositions, siteList } from './places.ts';
import { purposes } from './purpose.ts';
import { type DatedSpan, durations, startsAndEnds } from './schedule.ts';
import { EVENT_NOUN, FORCE_TERM, fresh, mentionsEvent, NAVAL_EVENT, PARTICIPATION_CUE, SIZE_CUE } from './terms.ts';

/** What the rules know about one sentence beyond its text. */
interface SentenceView {
  readonly sentence: Sentence;
  readonly dates: readonly DatedSpan[];
  /** The sentence names an exercise (by noun or by name). */
  readonly aboutEvent: boolean;
  /** Its paragraph does, so a sentence of a quote about "[the drills]" still counts for size and forces. */
  readonly paragraphAboutEvent: boolean;
  /** Its paragraph places something in one of the event's places ("… in Belarus"). */
  readonly paragraphInPlace: boolean;
  /** It, its paragraph or the paragraph before speaks of a naval drill. */
  readonly navalContext: boolean;
}

type Draft = { aspect: EventAspect; value: string; date: string | null };

/** Date mentions of each sentence with offsets, found by position in the sentence (mentions keep their order). */
function datedSpans(sentences: readonly Sentence[], dates: readonly DateMention[]): Map<Sentence, DatedSpan[]> {
  const out = new Map<Sentence, DatedSpan[]>();
  const key = (paragraph: number, text: string) => `${paragraph}\u0000${text}`;
  const byContext = new Map<string, DateMention[]>();
  for (const d of dates) {
    const list = byContext.get(key(d.paragraph, d.context)) ?? [];
    list.push(d);
    byContext.set(key(d.paragraph, d.context), list);
  }
  for (const s of sentences) {
    const spans: DatedSpan[] = [];
    let from = 0;
    for (const d of byContext.get(key(s.paragraph, s.text)) ?? []) {
      const start = s.text.indexOf(d.text, from);
      if (start < 0) continue;
      spans.push({ start, end: start + d.text.length, text: d.text, date: d.date, endDate: d.endDate });
      from = start + d.text.length;
    }
    out.set(s, spans);
  }
  return out;
}

/** Does a sentence place forces in one of the event's places ("troops in Belarus", "deployment into Belarus")? */
function inEventPlace(text: string, places: ReadonlySet<string>): boolean {
  for (const place of places) {
    if (new RegExp(`\\b(?:in|into|to|inside|within|from|across)\\s+(?:the\\s+)?${escapeRegExp(place)}\\b`).test(text))
      return true;
  }
  return false;
}

/** The event names an article states, from sentences about an exercise. */
function articleNames(sentences: readonly Sentence[]): string[] {
  const names: string[] = [];
  for (const s of sentences) {
    if (!fresh(EVENT_NOUN).test(s.text)) continue;
    for (const n of namesIn(s.text)) if (!names.includes(n.name)) names.push(n.name);
  }
  return names;
}

/** The date governed by a cue at `at`: the first date after it in the same clause ("announced Thursday"). */
function dateAfter(view: SentenceView, at: number): string | null {
  const text = view.sentence.text;
  const span = view.dates.find((d) => d.start > at && !/[,;:—]/.test(text.slice(at, d.start)));
  return span?.date ?? null;
}

/** Every rule applied to one sentence. */
function factsOf(view: SentenceView, names: readonly string[], places: ReadonlySet<string>): Draft[] {
  const text = view.sentence.text;
  const out: Draft[] = [];
  if (view.aboutEvent) {
    for (const n of namesIn(text)) out.push({ aspect: 'name', value: n.name, date: null });
  }
  const navalSentence = view.navalContext && isNaval(text);
  if (navalSentence) {
    out.push({ aspect: 'naval', value: naval(text, view.dates), date: null });
  }
  if (view.aboutEvent && !NAVAL_EVENT.test(text)) {
    for (const f of startsAndEnds(text, view.dates, names)) out.push(f);
  }
  if (view.aboutEvent) {
    for (const f of durations(text, names)) out.push(f);
    for (const p of purposes(text)) out.push({ aspect: 'purpose', value: p, date: null });
    for (const f of attendance(text, names)) out.push({ aspect: f.aspect, value: f.value, date: null });
    for (const f of announcements(text)) {
      // The contract keeps `date` for start and end facts; when an announcement is dated, the value says so.
      const when = dateAfter(view, f.at);
      out.push({ aspect: f.aspect, value: when ? `${f.value} (${when})` : f.value, date: null });
    }
  }
  if (view.aboutEvent || view.paragraphAboutEvent) {
    for (const place of siteList(text)) out.push({ aspect: 'location', value: place.value, date: null });
  }
  if (view.aboutEvent && !navalSentence) {
    // "taking place at the Brest training ground" names a site already listed, not a region.
    const sites = siteList(text).map((p) => p.value);
    for (const place of heldIn(text)) {
      if (!sites.some((site) => site.startsWith(`${place.value} `))) {
        out.push({ aspect: 'location', value: place.value, date: null });
      }
    }
    for (const place of relativePositions(text)) out.push({ aspect: 'location', value: place.value, date: null });
  }
  const forcesRelevant =
    view.aboutEvent ||
    inEventPlace(text, places) ||
    ((view.paragraphAboutEvent || view.paragraphInPlace) && (SIZE_CUE.test(text) || PARTICIPATION_CUE.test(text)));
  if (
    forcesRelevant &&
    !navalSentence &&
    (fresh(FORCE_TERM).test(text) || SIZE_CUE.test(text) || PARTICIPATION_CUE.test(text))
  ) {
    for (const value of forces(text)) out.push({ aspect: 'forces', value, date: null });
  }
  return out;
}

/**
 * Finds facts about events such as military exercises: names, dates, duration, purpose, places, forces,
 * naval drills, attendance and announcements. General rules over the article's sentences, so the same code
 * reads the next exercise in the news; an article that never names an exercise yields nothing. Every fact's
 * `context` is its verbatim sentence; `date` is set only on start and end facts (other facts carry their dates
 * in the value: "Black Sea; 2022-02-14 to 2022-02-19", "Russian Ministry of Defense (2022-02-10)").
 */
export function extractEvents(
  article: Article,
  sentences: readonly Sentence[],
  dates: readonly DateMention[],
  quotes: readonly Quote[],
): EventFact[] {
  const names = articleNames(sentences);
  const eventParagraphs = new Set(sentences.filter((s) => mentionsEvent(s.text, names)).map((s) => s.paragraph));
  if (eventParagraphs.size === 0) return [];
  const navalParagraphs = new Set(article.paragraphs.filter((p) => NAVAL_EVENT.test(p.text)).map((p) => p.number));
  const spans = datedSpans(sentences, dates);
  // Places the event is held in, from every sentence, so a later "troops in Belarus" counts as its forces.
  const places = new Set(
    sentences
      .filter((s) => mentionsEvent(s.text, names) && !NAVAL_EVENT.test(s.text))
      .flatMap((s) => heldIn(s.text).map((p) => p.value)),
  );
  const placeParagraphs = new Set(article.paragraphs.filter((p) => inEventPlace(p.text, places)).map((p) => p.number));
  const views: SentenceView[] = sentences.map((s) => ({
    sentence: s,
    dates: spans.get(s) ?? [],
    aboutEvent: mentionsEvent(s.text, names),
    paragraphAboutEvent: eventParagraphs.has(s.paragraph),
    paragraphInPlace: placeParagraphs.has(s.paragraph),
    navalContext: navalParagraphs.has(s.paragraph) || navalParagraphs.has(s.paragraph - 1),
  }));
  const out: EventFact[] = [];
  for (const view of views) {
    const seen = new Set<string>();
    for (const draft of factsOf(view, names, places)) {
      const key = `${draft.aspect}\u0000${draft.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        article: article.id,
        paragraph: view.sentence.paragraph,
        aspect: draft.aspect,
        value: withSpeaker(draft, view, quotes),
        context: view.sentence.text,
        date: draft.date,
      });
    }
  }
  return out;
}

/** A purpose stated inside a quotation is credited to the quotation's speaker, when the quote layer knows it. */
function withSpeaker(draft: Draft, view: SentenceView, quotes: readonly Quote[]): string {
  if (draft.aspect !== 'purpose') return draft.value;
  const quote = quotes.find(
    (q) => q.paragraph === view.sentence.paragraph && q.speaker !== null && view.sentence.text.includes(q.text),
  );
  return quote?.speaker ? `${draft.value} (${quote.speaker})` : draft.value;
}
