import type { Quote } from '../extract/types.ts';
import { quoteDocId } from '../search/index.ts';
import { AnswerBuilder } from './build.ts';
import { type AnswerContext, type Stepwise, stepwise } from './context.ts';
import { closeNames, nameWords } from './names.ts';
import { explainNoMatch } from './nomatch.ts';
import { given, type Options, textOption } from './options.ts';
import { cutNote, LIST_MAX, PAGING_OPTIONS } from './paging.ts';
import { closestPerson, findPeople, type Person, people, quotingIndex } from './people.ts';
import { STORY_OPTION } from './scope.ts';
import { type CommandSpec, PAIRED_TEXT_OPTION_MAX } from './spec.ts';
import type { Answer } from './types.ts';

/** Heading for quotations whose speaker the article does not name. */
export const UNNAMED_SPEAKER = 'Speaker not named in the article';

/** A quotation worth listing, with its search document's id. */
interface Spoken {
  readonly quote: Quote;
  readonly id: string;
  /** Its place in the knowledge's list of quotations. */
  readonly at: number;
}

/** Quotes worth listing: all in article order, by speaker and by id. */
interface SpokenQuotes {
  readonly all: readonly Spoken[];
  readonly bySpeaker: ReadonlyMap<string, readonly Spoken[]>;
  readonly byId: ReadonlyMap<string, Quote>;
}

/** Articles whose quotations one step of {@link spokenBuilder} lists. */
const SPOKEN_STEP = 25;

/** Quotes worth listing (speech, not names or scare quotes) in article order, by speaker and by id; once per knowledge. */
export function spoken(ctx: AnswerContext): SpokenQuotes {
  return spokenBuilder(ctx).value();
}

/** {@link spoken}, to build step by step (see {@link stepwise}). */
export function spokenBuilder(ctx: AnswerContext): Stepwise<SpokenQuotes> {
  return stepwise(ctx, 'spoken', function* () {
    const all: Spoken[] = [];
    const bySpeaker = new Map<string, Spoken[]>();
    const byId = new Map<string, Quote>();
    for (const [n, f] of ctx.facts.entries()) {
      if (n % SPOKEN_STEP === SPOKEN_STEP - 1) yield;
      for (const [i, quote] of f.quotes.entries()) {
        if (quote.kind === 'term') continue;
        const s: Spoken = { quote, id: quoteDocId(f.article, i), at: all.length };
        all.push(s);
        byId.set(s.id, quote);
        if (quote.speaker === null) continue;
        const list = bySpeaker.get(quote.speaker);
        if (list) list.push(s);
        else bySpeaker.set(quote.speaker, [s]);
      }
    }
    return { all, bySpeaker, byId };
  });
}

/** "Dmitry Peskov, Kremlin spokesperson". */
export function speakerLabel(name: string | null, role: string | null): string {
  if (name === null) return UNNAMED_SPEAKER;
  return role ? `${name}, ${role}` : name;
}

/** The snippet for a quotation: its sentence, which says who speaks; the quoted words alone when that fails. */
export function quoteItem(b: AnswerBuilder, q: Quote, label?: string) {
  return b.item(q.context, q, label) ?? b.item(q.text, q, label);
}

/** `/quotes`: its entry in the command catalogue. */
export const spec = {
  name: 'quotes',
  summary: 'quotations with speaker and role, by speaker and/or topic',
  description: 'Verbatim quotations with speaker and source',
  main: 'speaker',
  options: [
    {
      name: 'speaker',
      type: 'string',
      description: 'Who said it: a name, alias or role (e.g. Peskov)',
      autocomplete: true,
      minLength: 1,
      maxLength: PAIRED_TEXT_OPTION_MAX,
    },
    {
      name: 'topic',
      type: 'string',
      description: 'Words to look for within the quotations',
      minLength: 1,
      maxLength: PAIRED_TEXT_OPTION_MAX,
    },
    STORY_OPTION,
    ...PAGING_OPTIONS,
  ],
  examples: ['/quotes speaker:Peskov'],
} as const satisfies CommandSpec;

/**
 * `/quotes [speaker] [topic]`: quotations with speaker and role, grouped by speaker. The speaker is matched by
 * any name the articles give ("Peskov", "Kremlin spokesperson"); the topic is searched within the quotations.
 */
export function quotesAnswer(ctx: AnswerContext, options: Options): Answer {
  const speaker = textOption(options, 'speaker');
  const topic = textOption(options, 'topic');
  const b = new AnswerBuilder(ctx, 'quotes', given(options));
  const quotations = spoken(ctx);
  let candidates: readonly Pick<Spoken, 'quote' | 'id'>[] = quotations.all;

  let speakers: Person[] | null = null;
  if (speaker !== undefined) {
    speakers = findPeople(ctx, speaker).filter((p) => p.quotes.length > 0);
    if (speakers.length === 0) {
      // A misspelt name answers for the one quoted person it is closest to, and says so.
      const close = closestPerson(ctx, nameWords(speaker), (p) => p.quotes.length > 0);
      if (close) {
        speakers = [close];
        b.notes.push(`Showing ${close.name} for "${speaker}".`);
      }
    }
    // Their quotations in article order, as the whole list has them.
    candidates = [...new Set(speakers.map((p) => p.name))]
      .flatMap((name) => quotations.bySpeaker.get(name) ?? [])
      .sort((a, b) => a.at - b.at);
    if (candidates.length === 0) {
      const quoted = people(ctx).filter((p) => p.quotes.length > 0);
      const close = closeNames(
        speaker,
        quoted.map((p) => p.name),
      );
      explainNoMatch(
        b,
        ctx,
        'a quoted speaker named',
        speaker,
        [...close, ...quoted.slice(0, 3).map((p) => p.name)].map((n) => `/quotes speaker:${n}`),
      );
      return b.build(`Quotes by ${speaker}`);
    }
  }

  if (topic !== undefined) {
    const allowed = candidates === quotations.all ? quotations.byId : new Map(candidates.map((c) => [c.id, c.quote]));
    // Narrowed to the articles quoting the speakers asked for, the index never reads other articles' quotations.
    const index =
      speakers === null
        ? ctx.index
        : quotingIndex(
            ctx,
            speakers.map((p) => p.name),
          );
    const hits = index.search(topic, { kinds: ['quote'], filter: (d) => allowed.has(d.id) });
    candidates = hits.flatMap((h) => {
      const quote = allowed.get(h.id);
      return quote ? [{ quote, id: h.id }] : [];
    });
  }
  const cut = cutNote(candidates.length, 'quotation(s)', 'narrow with speaker:, topic: or story:');
  if (cut) b.notes.push(cut);
  candidates = candidates.slice(0, LIST_MAX);

  const groups = new Map<string, Quote[]>();
  for (const { quote } of candidates) {
    const heading = speakerLabel(quote.speaker, quote.speakerRole);
    groups.set(heading, [...(groups.get(heading) ?? []), quote]);
  }
  for (const [heading, quotes] of groups)
    b.section(
      heading,
      quotes.map((q) => quoteItem(b, q)),
    );

  const who = speakers?.[0]?.name ?? speaker;
  const title = who ? `Quotes by ${who}${topic ? ` on ${topic}` : ''}` : topic ? `Quotes on ${topic}` : 'Quotes';
  if (!b.hasContent) {
    const what = speaker ? `quotes by ${who} about` : 'quotes about';
    explainNoMatch(b, ctx, what, topic ?? speaker ?? '', speaker ? [`/quotes speaker:${who}`] : ['/quotes']);
  }
  return b.build(title);
}
