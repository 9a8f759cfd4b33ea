/**
 * Who the article says is speaking or claiming. Used for quotation speakers and for figure claimants.
 *
 * {@link createAttributor} walks a whole article once, in order, so pronouns ("she said", "it wrote") and
 * descriptions ("the firm said") resolve against the people and bodies met before them, and quotations inherit
 * speakers across sentences and paragraphs. Ask it about any span: `claimantAt(paragraph, start, end)`. It returns
 * null for the reporter's own voice, and null rather than a guess when the article does not say. A speaker is
 * always an entity of the article (or a group named by role, "analysts"): a phrase that names no entity is never
 * given as a speaker.
 */
import type { Article } from '../../knowledge/types.ts';
import {
  buildEntityIndex,
  type EntityIndex,
  findMentions,
  type NameContext,
  nameContextOf,
} from '../entities/index.ts';
import {
  execAtEnd,
  findQuoteSpans,
  isGivenName,
  isPossessive,
  maskQuotes,
  NOT_NAMES,
  type PhraseReading,
  POSSESSIVE_DETERMINERS,
  phraseAfter,
  pronounReading,
  type QuoteSpan,
  readPhrase,
  splitSentences,
  tokenize,
  wordSet,
} from '../language/index.ts';
import type { EntityKind, Speaker } from '../types.ts';
import { type Appearance, Referents, type Resolved } from './referents.ts';
import { type SpeechClause, speechClauses } from './speech-clauses.ts';

/** The names of the rules that can decide an attribution, in the order they are tried for a quotation. */
export type AttributionRule =
  /** `"Q," X said` / `"Q," said X`: a speech clause right after the closing mark. */
  | 'quote-then-verb'
  /** `X said: "Q"`, `X said that … "Q"`: the nearest speech clause before the quotation in its sentence. */
  | 'verb-then-quote'
  /** `…, according to X`. */
  | 'according-to'
  /** `"A," while "B," it wrote.`: a clause later in the same sentence. */
  | 'clause-later-in-sentence'
  /** `"Q." X said so in a statement.`: the sentence right after the quotation names the speaker. */
  | 'next-sentence'
  /** Inside a quotation: the quotation's speaker. */
  | 'inside-quote'
  /** An earlier quotation or speech clause of the same paragraph. */
  | 'same-paragraph'
  /** `He hopes…. "Q"` / `He looks ahead: "Q"`: the person the lead-in sentence is about. */
  | 'lead-in'
  /** The previous paragraph's quotation runs on (it was left open), or this paragraph is only quotation. */
  | 'continued-quote'
  /** `NAME: words`: a line of a transcript, its speaker's name in capitals before a colon. */
  | 'transcript';

/** A resolved speaker or claimant, with the rule that decided it. */
export interface Attribution extends Speaker {
  /** `organization` also covers groups of people named by role ("two US officials"). */
  readonly kind: EntityKind;
  readonly rule: AttributionRule;
  /** True when a pronoun ("he", "it") or "the statement" had to be resolved to reach the name. */
  readonly resolved: boolean;
}

function publicSpeaker(r: Resolved): Omit<Attribution, 'rule'> {
  return { name: r.name, role: r.role, aliases: r.aliases, kind: r.kind, resolved: r.resolved };
}

/** Does offset `at` follow a quotation's closing mark, with only spaces and commas between? */
function followsQuote(spans: readonly QuoteSpan[], text: string, at: number): boolean {
  return spans.some((s) => s.outerEnd <= at && /^[\s,]*$/.test(text.slice(s.outerEnd, at)));
}

/** A speech clause right after a quotation whose agent is no name we know ("…,” a witness said."). */
const UNNAMED_SPEAKER_AFTER =
  /^[\s,]*(?:[\p{L}][\p{L}'’-]*\s+){1,4}(?:said|says|told|tells|added|adds|asked|wrote|explained|insisted)\b/u;

/** A clause with its agent resolved: a speaker, or null for somebody the article does not name. */
interface ResolvedClause {
  readonly clause: SpeechClause;
  readonly speaker: Resolved | null;
}

interface Decision {
  readonly speaker: Resolved;
  readonly rule: AttributionRule;
}

/** Everything the attributor learned about one paragraph. */
interface ParagraphState {
  readonly number: number;
  readonly text: string;
  readonly masked: string;
  readonly spans: readonly QuoteSpan[];
  readonly sentences: ReadonlyArray<{ start: number; end: number }>;
  /** Speaker of each quotation span (same order as `spans`). */
  readonly speakers: Array<Decision | null>;
  /** Clauses of each sentence, with their resolved agents. */
  readonly clauses: ResolvedClause[][];
  /**
   * For a paragraph that ends with a colon ("His statement read in full:"), who the next paragraph's quotation
   * is from; undefined when it does not end so, null when it does but names nobody.
   */
  leadIn?: Resolved | null;
}

/** An article walked once: quotation speakers plus a way to ask who claims any span. */
export interface Attributor {
  /** Speaker of the quotation span that starts at `start` in `paragraph`, or null. */
  quoteSpeaker(paragraph: number, start: number): Attribution | null;
  /** The quotation spans of a paragraph. */
  quoteSpans(paragraph: number): readonly QuoteSpan[];
  /**
   * Who the article says states the text at `start`–`end` of `paragraph`: the speaker of an enclosing
   * quotation, else the sentence's claimant ("according to X", "X said that…"), else null (reporter's voice).
   */
  claimantAt(paragraph: number, start: number, end: number): Attribution | null;
  /** The article's entities with canonical names, roles and aliases. */
  readonly index: EntityIndex;
}

const SUBJECT_OPENERS = new Set([
  'and',
  'but',
  'while',
  'as',
  'when',
  'because',
  'although',
  'though',
  'so',
  'whereas',
]);

/** Words that may follow a subject: a verb or an adverb, never a preposition or the end of the sentence. */
const NOT_AFTER_SUBJECT = /^(?:[.;:)]|of|in|on|at|to|for|from|with|by|and|or|as|than)$/i;

/**
 * The pronouns that may be a clause's subject, as words of their own: a sentence without one has no pronoun
 * token, and need not be cut into tokens to look for one.
 */
const SUBJECT_PRONOUN = /(?<![\p{L}\p{N}])(?:he|she|they|it)(?![\p{L}\p{N}])/iu;

/** The last word of the text before a phrase, and the comma before it if any. */
const CLAUSE_OPENER = /(,?)\s*(\p{L}+)$/u;

/** Is the phrase at `at`–`end` in subject position: clause start, and followed by what a subject is followed by? */
function isSubject(masked: string, at: number, sentenceStart: number, end: number): boolean {
  const phrase = masked.slice(at, end);
  const before = masked.slice(sentenceStart, at).trimEnd();
  // "Dr. Pope's insight into…": a possessive opening the sentence is its topic, the person a "he" then means.
  if (isPossessive({ text: phrase.split(/\s+/).at(-1) ?? '', lower: '', start: 0, end: 0 })) return before === '';
  const after = /^\s*([\p{L}]+|\S)/u.exec(masked.slice(end))?.[1] ?? '.';
  if (NOT_AFTER_SUBJECT.test(after)) return false;
  if (before === '' || /[,;:\u2014\u2013-]$/.test(before) || /[.!?]$/.test(before)) return true;
  // "…, and the ministry said": a conjunction opens a clause only after a comma (not "The Guardian and the Times").
  const opener = execAtEnd(CLAUSE_OPENER, before);
  const word = opener?.[2]?.toLowerCase() ?? '';
  if (word === 'and' || word === 'but') return opener?.[1] === ',';
  return SUBJECT_OPENERS.has(word);
}

/** The kind of referent a pronoun may stand for. */
function appearanceKind(r: Resolved | null, reading: PhraseReading | null): Appearance['kind'] {
  if (r?.group || reading?.kind === 'group') return 'group';
  if (r) return r.kind === 'person' ? 'person' : 'body';
  if (!reading) return 'person';
  if (reading.kind === 'organization' || reading.kind === 'place') return 'body';
  if (reading.kind === 'description' && /(?:ministry|agency|company|firm|government|office)$/.test(reading.name)) {
    return 'body';
  }
  return 'person';
}

/**
 * Walks an article in reading order and attributes every quotation and speech clause, so that pronouns and
 * continued quotations resolve against what came before. See {@link AttributionRule} for the rules.
 */
export function createAttributor(
  article: Pick<Article, 'paragraphs'>,
  index?: EntityIndex,
  context: NameContext = nameContextOf(article.paragraphs),
): Attributor {
  const entityIndex = index ?? buildEntityIndex(article.paragraphs, context);
  const referents = new Referents(entityIndex);
  const states = new Map<number, ParagraphState>();
  let lastSpeaker: Decision | null = null;
  /** Paragraph of `lastSpeaker`: a quotation-only paragraph continues only the paragraph right before it. */
  let lastSpeakerAt = -1;
  let prevState: ParagraphState | null = null;

  for (const p of article.paragraphs) {
    const spans = findQuoteSpans(p.text);
    const masked = maskQuotes(p.text);
    const sentences = splitSentences(p.text).map((s) => ({ start: s.start, end: s.end }));
    const state: ParagraphState = {
      number: p.number,
      text: p.text,
      masked,
      spans,
      sentences,
      speakers: spans.map(() => null),
      clauses: [],
    };
    const mentions = findMentions(masked, p.number, context);
    sentences.forEach((s, si) => {
      const found = speechClauses(masked, s.start, s.end, (at) => followsQuote(spans, masked, at));
      const resolvedClauses: ResolvedClause[] = [];
      const events: Array<{ at: number; run: () => void }> = [];
      for (const m of mentions) {
        if (m.start < s.start || m.end > s.end) continue;
        // The agent itself, or an appositive between it and its verb ("Ms. Bross, the firm's spokeswoman, said").
        if (
          found.some(
            (c) => c.agentStart <= m.start && m.end <= Math.max(c.agentEnd, c.form === 'before' ? c.verbStart : 0),
          )
        ) {
          continue;
        }
        // "Friday's statement was…": a document is nobody to refer back to.
        if (m.reading.kind === 'statement') continue;
        const part = isSubject(masked, m.start, s.start, m.end) ? 'subject' : 'other';
        events.push({
          at: m.start,
          run: () => {
            const r = referents.resolve(m.reading, p.number);
            if (r === undefined) return;
            referents.note({
              at: m.start,
              paragraph: p.number,
              part,
              who: r,
              kind: appearanceKind(r, m.reading),
              gender: r?.gender ?? m.reading.gender,
            });
          },
        });
      }
      for (const c of found) {
        events.push({
          at: c.agentStart,
          run: () => {
            // "…, she said.": a pronoun closing reported words goes on with whoever was speaking.
            const trailing =
              c.form === 'before' &&
              /,\s*$/.test(masked.slice(s.start, c.agentStart)) &&
              /^[^,;:]{0,40}$/.test(masked.slice(c.verbEnd, s.end));
            const r = referents.resolve(c.agent, p.number, true, trailing, s.start) ?? null;
            resolvedClauses.push({ clause: c, speaker: r });
            referents.note({
              at: c.agentStart,
              paragraph: p.number,
              part: c.relative ? 'other' : 'speaker',
              who: r,
              kind: appearanceKind(r, c.agent),
              gender: r?.gender ?? c.agent.gender,
            });
            if (r && DOCUMENT.test(masked.slice(s.start, s.end)) && c.agent.kind !== 'statement') {
              referents.documentIssuer = r;
            }
          },
        });
      }
      // Pronoun subjects ("He said Putin's speech…") are appearances of whoever they stand for.
      const words = masked.slice(s.start, s.end);
      for (const tok of SUBJECT_PRONOUN.test(words) ? tokenize(words, s.start) : []) {
        if (!['he', 'she', 'they', 'it'].includes(tok.lower) || !isSubject(masked, tok.start, s.start, tok.end))
          continue;
        if (found.some((c) => c.agentStart === tok.start)) continue;
        if (
          tok.lower === 'it' &&
          !/^\s+(?:said|says|added|wrote|told|stated|announced|warned|claimed)\b/.test(masked.slice(tok.end))
        ) {
          continue;
        }
        events.push({
          at: tok.start,
          run: () => {
            const r = referents.resolve(pronounReading(tok.lower), p.number) ?? null;
            if (r)
              referents.note({
                at: tok.start,
                paragraph: p.number,
                part: 'subject',
                who: r,
                kind: appearanceKind(r, null),
                gender: r.gender,
              });
          },
        });
      }
      events.sort((a, b) => a.at - b.at);
      for (const e of events) e.run();
      state.clauses[si] = resolvedClauses;
    });

    spans.forEach((q, qi) => {
      const si = sentences.findIndex((s) => q.outerStart < s.end && q.outerEnd > s.start);
      const sj = sentences.findLastIndex((s) => q.outerStart < s.end && q.outerEnd > s.start);
      const covering = state.clauses.slice(Math.max(0, si), Math.max(si, sj) + 1).flat();
      let decision = decideInSentence(q, covering, spans, p.text);
      // The sentence names a speaker we cannot name ("…,” a witness said."): null, not a neighbour's name.
      const blocked =
        decision === 'unnamed' ||
        (decision === null && UNNAMED_SPEAKER_AFTER.test(masked.slice(q.outerEnd, sentences[sj]?.end ?? q.outerEnd)));
      if (decision === 'unnamed') decision = null;
      if (!decision && !blocked) decision = nextSentence(state, q, sj, referents);
      if (!decision && !blocked) {
        const recent = lastSpeakerAt === prevState?.number ? lastSpeaker : null;
        decision = decideByContext(state, qi, q, si, prevState, recent, referents, context);
      }
      state.speakers[qi] = decision;
      if (decision) {
        lastSpeaker = decision;
        lastSpeakerAt = p.number;
        referents.note({
          at: q.start,
          paragraph: p.number,
          part: 'speaker',
          who: decision.speaker,
          kind: appearanceKind(decision.speaker, null),
          gender: decision.speaker.gender,
        });
      }
    });
    // "His statement read in full:": resolved now, before the next paragraph names anybody else.
    const last = sentences.at(-1);
    if (last && /:\s*$/.test(masked)) {
      const clause = state.clauses.at(-1)?.at(-1);
      state.leadIn =
        clause && clause.clause.agentStart >= last.start
          ? clause.speaker
          : possessorOrSubject(masked, last.start, last.end, referents, p.number, context);
    }
    // A speech clause without quotation still makes its agent the paragraph's latest speaker.
    const lastClause = state.clauses
      .flat()
      .filter((c) => c.speaker)
      .at(-1);
    if (lastClause?.speaker && (spans.length === 0 || (spans.at(-1)?.outerEnd ?? 0) < lastClause.clause.verbStart)) {
      lastSpeaker = { speaker: lastClause.speaker, rule: 'verb-then-quote' };
      lastSpeakerAt = p.number;
    }
    states.set(p.number, state);
    prevState = state;
  }

  const toAttribution = (d: Decision | null, rule?: AttributionRule): Attribution | null =>
    d ? { ...publicSpeaker(d.speaker), rule: rule ?? d.rule } : null;

  return {
    index: entityIndex,
    quoteSpans: (paragraph) => states.get(paragraph)?.spans ?? [],
    quoteSpeaker(paragraph, start) {
      const st = states.get(paragraph);
      if (!st) return null;
      const i = st.spans.findIndex((s) => s.start === start);
      return i >= 0 ? toAttribution(st.speakers[i] ?? null) : null;
    },
    claimantAt(paragraph, start, end) {
      const st = states.get(paragraph);
      if (!st) return null;
      const qi = st.spans.findIndex((s) => s.start <= start && end <= s.end);
      if (qi >= 0) return toAttribution(st.speakers[qi] ?? null, 'inside-quote');
      const si = st.sentences.findIndex((s) => s.start <= start && start < s.end);
      if (si < 0) return null;
      // "said the fact X had happened…": what follows "the fact" is presupposed, the reporter's own claim.
      const usable = (st.clauses[si] ?? []).filter(
        (c) => !/\bthe fact\b/i.test(st.masked.slice(c.clause.verbEnd, start)),
      );
      const d = decideInSentence({ outerStart: start, outerEnd: end }, usable, st.spans, st.text, false);
      return d === 'unnamed' ? null : toAttribution(d);
    },
  };
}

/**
 * Text between a verb and a figure that starts a clause of its own ("…said it sees growth, while Goldman
 * indicated a 35% chance"): the verb's claim ends there.
 */
const NEW_CLAUSE = /[,;]\s*(?:while|but|whereas|although|and)\s+(?:the\s+)?\p{Lu}/u;

/** Verbs of promise and request: "promised to revolutionize… with a few drops", "asked jurors to fill out…". */
const INTENT = /^(?:promise[sd]?|pledge[sd]?|vow(?:s|ed)?|ask(?:s|ed)?|urge[sd]?|told|tells?|telling)$/;

/** Verbs of thought, weaker than any verb of saying in the same sentence. */
const WEAK_THOUGHT =
  /^(?:believes?|believed|thinks?|feels?|expects?|expected|hopes?|fears?|worries|considers?|considered)$/;

/** Verbs of judgement: they quote words ("dismissed it as “fantasy”") but claim no figure. */
const JUDGEMENT = wordSet(
  'dismiss dismisses dismissed condemn condemns condemned criticise criticises criticised criticize criticizes criticized reject rejects rejected welcome welcomes welcomed praise praises praised slam slams slammed blame blames blamed hail hails hailed denounce denounces denounced',
);

/** Sentences that name a document, whose issuer "the statement" or "the analysis" later stands for. */
const DOCUMENT = /\b(?:statement|release|report|analysis|survey|study|poll|filing|memo)\b/i;

/**
 * Sentence-level rules over the sentence's clauses. Returns the decision, `'unnamed'` when the clause that
 * claims the target names somebody the article does not (so no other rule may guess), or null.
 */
function decideInSentence(
  target: { outerStart: number; outerEnd: number },
  resolved: readonly ResolvedClause[],
  spans: readonly QuoteSpan[],
  text: string,
  isQuote = true,
): Decision | 'unnamed' | null {
  // For a figure, a verb of judgement ("rejected three offers") or "added" with the figure as its object ("has
  // added thousands of troops") states no claim.
  const claims = isQuote
    ? resolved
    : resolved.filter(
        (u) =>
          !JUDGEMENT.has(u.clause.verb) &&
          !(
            INTENT.test(u.clause.verb) &&
            /^\s*(?:(?:\S+\s+){0,3}to\s|$)/u.test(text.slice(u.clause.verbEnd, target.outerStart))
          ) &&
          !/^posts?$|^posted$/.test(u.clause.verb) &&
          !NEW_CLAUSE.test(text.slice(u.clause.verbEnd, target.outerStart)) &&
          !(
            /^add(?:s|ed)?$/.test(u.clause.verb) &&
            /^\s*(?:\S+\s+){0,1}$/u.test(text.slice(u.clause.verbEnd, target.outerStart))
          ),
      );
  const byClause = new Map(claims.map((u) => [u.clause, u.speaker]));
  const pick = (c: SpeechClause | undefined, rule: AttributionRule): Decision | 'unnamed' | null => {
    if (!c) return null;
    const speaker = byClause.get(c);
    return speaker ? { speaker, rule } : 'unnamed';
  };
  const clauses = claims.map((u) => u.clause);
  const start = target.outerStart;
  const end = target.outerEnd;
  const otherQuoteBetween = (c: SpeechClause) => spans.some((s) => s.outerStart >= c.verbEnd && s.outerEnd <= start);
  // "“A,” said X, who runs a firm that helps clients explain things, “B.”": B goes on with the clause that
  // followed A, not with a verb inside the relative clause between.
  const previous = spans.filter((s) => s.outerEnd <= start).at(-1);
  const afterPrevious = previous
    ? clauses.find((c) => c.verbEnd <= start && rightAfter(c, previous.outerEnd, text))
    : undefined;
  const before =
    afterPrevious && !otherQuoteBetween(afterPrevious)
      ? afterPrevious
      : clauses.filter((c) => c.verbEnd <= start && c.form !== 'according').at(-1);
  if (isQuote) {
    const right = clauses.find((c) => rightAfter(c, end, text));
    // "The secretary had urged the firm to “Q”, the department added": the words are the inner speaker's.
    const inner =
      right &&
      before &&
      before.form === 'before' &&
      !otherQuoteBetween(before) &&
      isPartialAt(text, start) &&
      !/[,;:]/.test(text.slice(before.verbEnd, start))
        ? pick(before, 'verb-then-quote')
        : null;
    if (inner && inner !== 'unnamed') return inner;
    const d = pick(right, 'quote-then-verb');
    if (d) return d;
  }
  // "…, according to the Bank, and the Foundation warned that “…”": a speech verb nearer the quotation wins.
  const accordingClause = clauses.find((c) => c.form === 'according');
  // "While economists expect the Fed to raise rates three or four times…, according to Barnum": for a figure, a
  // speech verb whose clause holds it (no comma between) is nearer than a sentence's "according to".
  const holds = !isQuote && before !== undefined && !/[,;:]/.test(text.slice(before.verbEnd, start));
  const nearer = accordingClause && before && (before.verbStart > accordingClause.agentEnd || holds);
  const according = nearer ? null : pick(accordingClause, 'according-to');
  if (according) return according;
  if (before && !otherQuoteBetween(before)) {
    // "Yatsenyuk told CNN that the Ukrainians believe they face a “very complex” situation": a verb of thought
    // reported inside somebody's speech gives the words to the speaker.
    const outer = WEAK_THOUGHT.test(before.verb)
      ? clauses.find((c) => c.verbEnd <= before.agentStart && c.form !== 'according' && !WEAK_THOUGHT.test(c.verb))
      : undefined;
    const d = pick(
      outer && !/[.;]/.test(text.slice(outer.verbEnd, before.agentStart)) ? outer : before,
      'verb-then-quote',
    );
    if (d) return d;
  }
  // A parenthetical clause later in the sentence ("“A,” while “B,” it wrote."; "…troops, officials said."):
  // it must follow a comma or a closing mark, not a conjunction ("…but Russia denies…").
  const parenthetical = clauses.find((c) => {
    const first = Math.min(c.agentStart, c.verbStart);
    if (first < end || c.form === 'according' || c.form === 'participle') return false;
    // For a figure, the clause must close the sentence ("…, Germany said on Tuesday."), not open a main clause
    // of its own ("While the pipeline is 764 miles long, Germany announced it would halt…").
    if (!isQuote && !/^[^,;:]{0,40}(?:[,;:]|$)/.test(text.slice(c.verbEnd, sentenceEnd(text, c.verbEnd)))) return false;
    return (
      /[,\u201D"]\s*$/.test(text.slice(0, first)) ||
      /[,\u201D"]\s*(?:\p{Lu}[\p{L}.-]*\s+){1,3}$/u.test(text.slice(0, first))
    );
  });
  return pick(parenthetical, 'clause-later-in-sentence');
}

/**
 * Does the clause come right after offset `end` (a closing mark)? Lower-case modifiers may come before the agent:
 * "…,” border guard Piotr Zielinski told reporters."
 */
function rightAfter(c: SpeechClause, end: number, text: string): boolean {
  const first = Math.min(c.agentStart, c.verbStart);
  if (first < end) return false;
  const gap = text.slice(end, first).replace(/^[\s,]+/, '');
  if (gap.trim() === '') return true;
  // Only the start of the speaker's phrase may come between: the body whose role it is and the role's other words
  // ("…,” the RAC's fuel spokesman Simon Williamson told the BBC", "…,” International Committee of the Red Cross
  // (ICRC) spokesperson Lucile Marbeau told CNN", "…,” its managing director Chris Hemsley said", "…,” 42
  // year-old Andriy Djakovych said"). No punctuation, no clause of its own, few lower-case words.
  const words = gap.trim().split(/\s+/);
  if (words.length > 10) return false;
  // Not a fragment of a longer name ("the Office of Management and | Budget said", "his attorneys A and | B wrote"),
  // nor a description the words before it tell ("the 91-year-old | investor told"), nor a person named before it
  // ("Jordan Brooks of the investment firm | AQR told DealBook": Brooks speaks).
  // A role's body may be named in two parts ("Energy Workforce and | Technology Council CEO Leslie Beyer").
  const titled = c.agent.kind === 'person' && c.agent.role !== null;
  if (GAP_CONNECTORS.has(words.at(-1) ?? '') && !titled) return false;
  if (c.agent.kind === 'description' || c.agent.kind === 'pronoun') return false;
  // A given name and a surname, not a firm's name that starts like one ("Morgan Stanley's chief strategist").
  const person = (w: string, i: number) => isGivenName(w) && /^\p{Lu}[\p{L}.-]*$/u.test(words[i + 1] ?? '');
  if (words.some(person)) return false;
  let lower = 0;
  for (const [i, w] of words.entries()) {
    if (/^\p{Lu}[\p{L}\d.&'’-]*$/u.test(w) || /^\(\p{Lu}[\p{Lu}\d.&-]*\)$/u.test(w)) continue;
    if (/^\d+(?:-year-old)?$/.test(w) || /^years?-old$/.test(w)) continue;
    if (GAP_CONNECTORS.has(w) && i > 0) continue;
    if (i === 0 && (w === 'the' || POSSESSIVE_DETERMINERS.has(w))) continue;
    if (!/^\p{Ll}[\p{L}-]*$/u.test(w) || NOT_NAMES.has(w) || ++lower > 3) return false;
  }
  return true;
}

/** Words that join the words of a body's name ("Bank of America", "Committee of the Red Cross"). */
const GAP_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '&']);

/** End of the sentence that contains offset `at`: the next `.`, `!` or `?` followed by a space or the end. */
function sentenceEnd(text: string, at: number): number {
  const m = /[.!?](?:\s|$)/.exec(text.slice(at));
  return m ? at + m.index : text.length;
}

/** Does the quotation at `start` sit inside the reporter's sentence (not opening it, not after a colon)? */
function isPartialAt(text: string, start: number): boolean {
  const before = text.slice(0, start).trimEnd();
  return before !== '' && !/[.!?:]["\u201D]?$/.test(before);
}

/**
 * `“Q.” That was the view of X.` / `“Q.” X said so.`: a quotation that ends its sentence, with the speaker named
 * in the next sentence of the paragraph by a short clause about what was just said.
 */
function nextSentence(state: ParagraphState, q: QuoteSpan, sj: number, referents: Referents): Decision | null {
  const own = state.sentences[sj];
  const next = state.sentences[sj + 1];
  if (!own || !next || q.outerEnd < own.end - 2) return null;
  const sentence = state.masked.slice(next.start, next.end);
  const view = VIEW_OF.exec(sentence);
  if (view) {
    const tokens = tokenize(sentence, next.start);
    const from = tokens.findIndex((t) => t.start >= next.start + view[0].length);
    const r = from >= 0 ? phraseAfter(tokens, from) : null;
    const reading = r ? readPhrase(tokens.slice(r.from, r.to)) : null;
    const who = reading ? referents.resolve(reading, state.number) : null;
    return who ? { speaker: who, rule: 'next-sentence' } : null;
  }
  const clause = (state.clauses[sj + 1] ?? [])[0];
  if (!clause?.speaker || clause.clause.form !== 'before') return null;
  // The clause must open the sentence and say nothing new: "X said so." or "X said in a statement on Friday."
  const lead = state.masked.slice(next.start, clause.clause.agentStart).trim();
  const rest = state.masked.slice(clause.clause.verbEnd, next.end).trim();
  if (lead !== '' || !/^(?:(?:so|this|that|as much)\b|(?:in|on|at|during|via|to)\b[^,;]*)?[.]?$/iu.test(rest))
    return null;
  return { speaker: clause.speaker, rule: 'next-sentence' };
}

/** "That was the view of", "This is the verdict of": a sentence that names who said what came before. */
const VIEW_OF =
  /^\s*(?:That|This|Those|These|Such)\s+(?:was|is|were|are)\s+(?:the\s+|also\s+the\s+)?(?:view|verdict|assessment|message|warning|argument|conclusion|opinion|position)\s+of\s+/u;

/** Paragraph- and article-level rules for a quotation its own sentence does not attribute. */
function decideByContext(
  state: ParagraphState,
  qi: number,
  q: QuoteSpan,
  si: number,
  prev: ParagraphState | null,
  lastSpeaker: Decision | null,
  referents: Referents,
  context: NameContext,
): Decision | null {
  // An earlier quotation of this paragraph, or an earlier speech clause in it.
  const earlierQuote = qi > 0 ? state.speakers[qi - 1] : null;
  const earlierClause = state.clauses
    .flat()
    .filter((c) => c.clause.verbEnd <= q.outerStart)
    .at(-1);
  if (earlierQuote && (!earlierClause || (state.spans[qi - 1]?.outerStart ?? 0) > earlierClause.clause.verbEnd)) {
    return { speaker: earlierQuote.speaker, rule: 'same-paragraph' };
  }
  if (earlierClause) return earlierClause.speaker ? { speaker: earlierClause.speaker, rule: 'same-paragraph' } : null;
  // A quotation that forms its own sentence after a sentence about a person, or follows "He looks ahead:".
  const sentence = state.sentences[si];
  if (sentence) {
    const lead = state.masked.slice(sentence.start, q.outerStart);
    const colon = /:\s*$/.test(lead);
    const own = /^[\s\p{P}]*$/u.test(lead);
    const leadSentence = colon ? sentence : own && si > 0 ? state.sentences[si - 1] : undefined;
    if (leadSentence) {
      const who = subjectOf(state.masked, leadSentence.start, leadSentence.end, referents, state.number, context);
      if (who) return { speaker: who, rule: 'lead-in' };
    }
  }
  // Nothing but quotation, or quotation filling the paragraph's first sentences before copy run on from the
  // next paragraph ("“…alone.”, Ms Connolly says…").
  const quoteSentenceEnd = state.sentences.findLast((s) => s.start < q.outerEnd)?.end ?? q.outerEnd;
  const onlyQuote =
    !/\p{L}/u.test(state.masked) || (qi === 0 && !/\p{L}/u.test(state.masked.slice(0, quoteSentenceEnd)));
  // "His statement read in full:" / "In a statement, the firm said:" closing the previous paragraph.
  if (qi === 0 && prev?.leadIn !== undefined && /^[\s\p{P}]*$/u.test(state.masked.slice(0, q.outerStart))) {
    return prev.leadIn ? { speaker: prev.leadIn, rule: 'continued-quote' } : null;
  }
  // The previous paragraph's quotation was left open, or this paragraph is nothing but quotation.
  const prevOpen = prev?.spans.at(-1)?.shape === 'open-ended';
  if ((onlyQuote || prevOpen) && lastSpeaker && qi === 0) {
    return { speaker: lastSpeaker.speaker, rule: 'continued-quote' };
  }
  return null;
}

/** The person a sentence is about: a name or he/she at its start (after an introductory phrase). */
function subjectOf(
  masked: string,
  start: number,
  end: number,
  referents: Referents,
  paragraph: number,
  context: NameContext,
): Resolved | null {
  const text = masked.slice(start, end);
  const tokens = tokenize(text, start);
  const first = tokens.findIndex((t) => /\p{L}/u.test(t.text));
  const t = tokens[first];
  if (!t) return null;
  if (t.lower === 'he' || t.lower === 'she') return referents.resolve(pronounReading(t.lower), paragraph) ?? null;
  const mention = findMentions(masked.slice(0, end), paragraph, context).find(
    (m) => m.start >= start && isSubject(masked, m.start, start, m.end),
  );
  if (!mention) return null;
  const r = referents.resolve(mention.reading, paragraph);
  return r && r.kind === 'person' ? r : null;
}

/**
 * "His statement read in full:": the possessor of the sentence's subject, else the subject itself. Takes what
 * {@link subjectOf} takes, to fall back on it.
 */
function possessorOrSubject(...sentence: Parameters<typeof subjectOf>): Resolved | null {
  const [masked, start, end, referents, paragraph] = sentence;
  const first =
    /^\s*(His|Her|Their|Its)\s+(?:full\s+|written\s+|own\s+)?(?:statement|letter|post|message|remarks|note)\b/u.exec(
      masked.slice(start, end),
    );
  if (first) {
    const word = (first[1] as string).toLowerCase();
    const pronoun = word === 'his' ? 'he' : word === 'her' ? 'she' : word === 'its' ? 'it' : 'they';
    return referents.resolve(pronounReading(pronoun), paragraph) ?? null;
  }
  return subjectOf(...sentence);
}
