/**
 * Who the article says is speaking or claiming. Used for quotation speakers and for figure claimants.
 *
 * {@link createAttributor} walks a whole article once, in order, so pronouns ("she said", "it wrote") resolve
 * against the people and bodies named before them, and quotations inherit speakers across sentences and
 * paragraphs. Ask it about any span: `claimantAt(paragraph, start, end)`. It returns null for the reporter's own
 * voice, and null rather than a guess when the article does not say.
 */
import type { Article } from '../../knowledge/types.ts';
import { buildEntityIndex, type EntityIndex, findMentions, isPluralCommonNoun } from '../entities/index.ts';
import {
  findQuoteSpans,
  isPossessive,
  maskQuotes,
  NOT_NAMES,
  ORG_HEADS,
  type PhraseReading,
  type QuoteSpan,
  splitSentences,
  tokenize,
} from '../language/index.ts';
import type { EntityKind, Speaker } from '../types.ts';
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
  /** Inside a quotation: the quotation's speaker. */
  | 'inside-quote'
  /** An earlier quotation or speech clause of the same paragraph. */
  | 'same-paragraph'
  /** `He hopes…. "Q"` / `He looks ahead: "Q"`: the person the lead-in sentence is about. */
  | 'lead-in'
  /** The previous paragraph's quotation runs on (it was left open), or this paragraph is only quotation. */
  | 'continued-quote';

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

/** A speaker once resolved to the article's canonical name. */
interface Resolved extends Speaker {
  readonly kind: EntityKind;
  readonly resolved: boolean;
  readonly gender: 'male' | 'female' | null;
}

interface HistoryEvent {
  readonly at: number;
  readonly name: string;
  readonly role: string | null;
  readonly aliases: readonly string[];
  readonly kind: EntityKind;
  gender: 'male' | 'female' | null;
}

/** People and bodies met so far, most recent last, for resolving pronouns. */
class History {
  private readonly events: HistoryEvent[] = [];
  /** The body that issued the latest statement ("announced … in a statement"). */
  statementIssuer: Resolved | null = null;

  push(e: HistoryEvent): void {
    this.events.push(e);
  }

  /** Most recent referent whose name or role contains a description's words ("the ministry"), or null. */
  describe(description: string): HistoryEvent | null {
    const words = description.split(/\s+/);
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i] as HistoryEvent;
      const hay = `${e.role ?? ''} ${e.name}`.toLowerCase();
      if (words.every((w) => hay.includes(w))) return e;
    }
    return null;
  }

  /** Most recent referent compatible with the pronoun, or null. */
  find(pronoun: string, genders: ReadonlyMap<string, 'male' | 'female'>): HistoryEvent | null {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i] as HistoryEvent;
      const gender = genders.get(e.name) ?? e.gender;
      if (pronoun === 'he' || pronoun === 'she') {
        if (e.kind !== 'person') continue;
        if (gender && gender !== (pronoun === 'he' ? 'male' : 'female')) continue;
        return e;
      }
      if (pronoun === 'it') {
        if (e.kind === 'person' || isGroupName(e.name)) continue;
        return e;
      }
      if (pronoun === 'they') {
        if (e.kind === 'person') continue;
        return e;
      }
    }
    return null;
  }
}

function isGroupName(name: string): boolean {
  return /\b(officials|analysts|experts|residents|leaders|diplomats|sources|people)$/i.test(name);
}

/** A speaker already met in the article, as a resolved reading. */
function fromHistory(hit: HistoryEvent): Resolved {
  return { name: hit.name, role: hit.role, aliases: hit.aliases, kind: hit.kind, resolved: true, gender: hit.gender };
}

/** Turns phrase readings into canonical speakers, resolving pronouns and statements against the history. */
class Resolver {
  readonly genders = new Map<string, 'male' | 'female'>();

  constructor(
    private readonly index: EntityIndex,
    readonly history: History,
  ) {}

  resolve(reading: PhraseReading): Resolved | null {
    if (reading.kind === 'pronoun') {
      const hit = this.history.find(reading.name, this.genders);
      if (!hit) return null;
      if (reading.gender && !this.genders.has(hit.name)) this.genders.set(hit.name, reading.gender);
      return { ...fromHistory(hit), gender: reading.gender };
    }
    if (reading.kind === 'description') {
      const hit = this.history.describe(reading.name);
      if (hit) return fromHistory(hit);
      const entity = this.index.describe(reading.name);
      if (!entity) {
        // A first mention by description ("the civil protection agency") names a body well enough.
        const words = reading.name.split(' ');
        const head = words.at(-1) ?? '';
        if (words.length < 2 || !ORG_HEADS.has(head)) return null;
        return { name: reading.name, role: null, aliases: [], kind: 'organization', resolved: false, gender: null };
      }
      const aliases = [...entity.aliases].filter((a) => a !== entity.name);
      return {
        name: entity.name,
        role: entity.role,
        aliases,
        kind: entity.kind,
        resolved: true,
        gender: entity.gender,
      };
    }
    if (reading.kind === 'statement') {
      if (reading.issuer) {
        const issuer = this.resolve(reading.issuer);
        return issuer ? { ...issuer, resolved: true } : null;
      }
      return this.history.statementIssuer ? { ...this.history.statementIssuer, resolved: true } : null;
    }
    const entity = this.index.lookup(reading.name);
    if (entity && this.index.isDoubtful(entity)) {
      // "Residents said…": a plural common noun opening the sentence is a group of speakers.
      if (!isPluralCommonNoun(entity.name)) return null;
      return { name: entity.name, role: null, aliases: [], kind: 'organization', resolved: false, gender: null };
    }
    if (entity) {
      const aliases = [...entity.aliases].filter((a) => a !== entity.name);
      const role = entity.role ?? reading.role;
      const gender = reading.gender ?? entity.gender;
      if (gender) this.genders.set(entity.name, gender);
      return { name: entity.name, role, aliases, kind: entity.kind, resolved: false, gender };
    }
    const kind: EntityKind = reading.kind === 'person' ? 'person' : reading.kind === 'place' ? 'place' : 'organization';
    return { name: reading.name, role: reading.role, aliases: [], kind, resolved: false, gender: reading.gender };
  }

  remember(r: Resolved, at: number): void {
    this.history.push({ at, name: r.name, role: r.role, aliases: r.aliases, kind: r.kind, gender: r.gender });
  }
}

/** Does offset `at` follow a quotation's closing mark, with only spaces and commas between? */
function followsQuote(spans: readonly QuoteSpan[], text: string, at: number): boolean {
  return spans.some((s) => s.outerEnd <= at && /^[\s,]*$/.test(text.slice(s.outerEnd, at)));
}

/** A speech clause right after a quotation whose agent is no name we know ("…,” a witness said."). */
const UNNAMED_SPEAKER_AFTER =
  /^[\s,]*(?:[\p{L}][\p{L}'’-]*\s+){1,4}(?:said|says|told|tells|added|adds|asked|wrote|explained|insisted)\b/u;

/** Stands for a clause's agent that could not be resolved, so that its clause still claims the quotation. */
const UNRESOLVED: Resolved = { name: '', role: null, aliases: [], kind: 'person', resolved: false, gender: null };

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
  /** Clauses of each sentence, with their resolved agents (null when unresolved). */
  readonly clauses: Array<Array<{ clause: SpeechClause; speaker: Resolved | null }>>;
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

/**
 * Walks an article in reading order and attributes every quotation and speech clause, so that pronouns and
 * continued quotations resolve against what came before. See {@link AttributionRule} for the rules.
 */
export function createAttributor(article: Pick<Article, 'paragraphs'>, index?: EntityIndex): Attributor {
  const entityIndex = index ?? buildEntityIndex(article.paragraphs);
  const history = new History();
  const resolver = new Resolver(entityIndex, history);
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
    const mentions = findMentions(masked, p.number);
    sentences.forEach((s, si) => {
      const found = speechClauses(masked, s.start, s.end, (at) => followsQuote(spans, masked, at));
      // Subjects named in this sentence join the history in reading order, interleaved with clause agents.
      const subjects = mentions.filter(
        (m) => m.start >= s.start && m.end <= s.end && isSubject(masked, m.start, s.start, m.end),
      );
      const resolvedClauses: Array<{ clause: SpeechClause; speaker: Resolved | null }> = [];
      const events: Array<{ at: number; run: () => void }> = [];
      for (const m of subjects) {
        events.push({
          at: m.start,
          run: () => {
            const r = resolver.resolve(m.reading);
            if (r) resolver.remember(r, m.start);
          },
        });
      }
      for (const c of found) {
        events.push({
          at: c.agentStart,
          run: () => {
            const r = resolver.resolve(c.agent);
            resolvedClauses.push({ clause: c, speaker: r });
            if (r) {
              resolver.remember(r, c.agentStart);
              if (/\bstatement\b/i.test(masked.slice(s.start, s.end)) && c.agent.kind !== 'statement') {
                history.statementIssuer = r;
              }
            }
          },
        });
      }
      // Pronoun subjects ("He said Putin's speech…") become mentions of whoever they resolve to.
      for (const tok of tokenize(masked.slice(s.start, s.end), s.start)) {
        if ((tok.lower === 'he' || tok.lower === 'she') && isSubject(masked, tok.start, s.start, tok.end)) {
          if (found.some((c) => c.agentStart === tok.start)) continue;
          events.push({
            at: tok.start,
            run: () => {
              const r = resolver.resolve({
                name: tok.lower,
                kind: 'pronoun',
                role: null,
                gender: tok.lower === 'he' ? 'male' : 'female',
              });
              if (r) resolver.remember(r, tok.start);
            },
          });
        }
      }
      events.sort((a, b) => a.at - b.at);
      for (const e of events) e.run();
      state.clauses[si] = resolvedClauses;
    });

    // Quotations, in order.
    spans.forEach((q, qi) => {
      const si = sentences.findIndex((s) => q.outerStart < s.end && q.outerEnd > s.start);
      const sj = sentences.findLastIndex((s) => q.outerStart < s.end && q.outerEnd > s.start);
      const covering = state.clauses.slice(Math.max(0, si), Math.max(si, sj) + 1).flat();
      const usable = covering.filter((c) => c.speaker !== null);
      let decision = decideFromResolved(q, usable, spans, p.text);
      // The sentence names a speaker we cannot resolve ("…,” a witness said."): null, not a neighbour's name.
      const unresolved = covering.map((c) => ({ clause: c.clause, speaker: c.speaker ?? UNRESOLVED }));
      const blocked =
        !decision &&
        (decideFromResolved(q, unresolved, spans, p.text)?.speaker === UNRESOLVED ||
          UNNAMED_SPEAKER_AFTER.test(masked.slice(q.outerEnd, sentences[sj]?.end ?? q.outerEnd)));
      if (!decision && !blocked) {
        const recent = lastSpeakerAt === prevState?.number ? lastSpeaker : null;
        decision = decideByContext(state, qi, q, si, prevState, recent, resolver);
      }
      state.speakers[qi] = decision;
      if (decision) {
        lastSpeaker = decision;
        lastSpeakerAt = p.number;
        resolver.remember(decision.speaker, q.start);
      }
    });
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
        (c) => c.speaker !== null && !/\bthe fact\b/i.test(st.masked.slice(c.clause.verbEnd, start)),
      );
      return toAttribution(decideFromResolved({ outerStart: start, outerEnd: end }, usable, st.spans, st.text, false));
    },
  };
}

/** Sentence-level rules over clauses whose agents are already resolved. */
function decideFromResolved(
  target: { outerStart: number; outerEnd: number },
  usable: ReadonlyArray<{ clause: SpeechClause; speaker: Resolved | null }>,
  spans: readonly QuoteSpan[],
  text: string,
  isQuote = true,
): Decision | null {
  const byClause = new Map(usable.map((u) => [u.clause, u.speaker as Resolved]));
  const pick = (c: SpeechClause | undefined, rule: AttributionRule): Decision | null => {
    const speaker = c ? byClause.get(c) : undefined;
    return speaker ? { speaker, rule } : null;
  };
  const clauses = usable.map((u) => u.clause);
  const start = target.outerStart;
  const end = target.outerEnd;
  if (isQuote) {
    // Lower-case modifiers may come before the agent: "…,” border guard Piotr Zielinski told reporters."
    const right = clauses.find((c) => {
      const first = Math.min(c.agentStart, c.verbStart);
      const gap = text.slice(end, first);
      const words = gap.split(/[\s,]+/).filter(Boolean);
      return first >= end && /^[\s,]*(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u.test(gap) && !words.some((w) => NOT_NAMES.has(w));
    });
    const d = pick(right, 'quote-then-verb');
    if (d) return d;
  }
  const according = pick(
    clauses.find((c) => c.form === 'according'),
    'according-to',
  );
  if (according) return according;
  const before = clauses.filter((c) => c.verbEnd <= start && c.form !== 'according').at(-1);
  if (before) {
    const otherQuote = spans.some((s) => s.outerStart >= before.verbEnd && s.outerEnd <= start);
    if (!otherQuote) {
      const d = pick(before, 'verb-then-quote');
      if (d) return d;
    }
  }
  // A parenthetical clause later in the sentence ("“A,” while “B,” it wrote."; "…troops, officials said."):
  // it must follow a comma or a closing mark, not a conjunction ("…but Russia denies…").
  const parenthetical = clauses.find((c) => {
    const first = Math.min(c.agentStart, c.verbStart);
    return first >= end && c.form !== 'according' && /[,\u201D"]\s*$/.test(text.slice(0, first));
  });
  return pick(parenthetical, 'clause-later-in-sentence');
}

/** Paragraph- and article-level rules for a quotation its own sentence does not attribute. */
function decideByContext(
  state: ParagraphState,
  qi: number,
  q: QuoteSpan,
  si: number,
  prev: ParagraphState | null,
  lastSpeaker: Decision | null,
  resolver: Resolver,
): Decision | null {
  // An earlier quotation of this paragraph, or an earlier speech clause in it.
  const earlierQuote = qi > 0 ? state.speakers[qi - 1] : null;
  const earlierClause = state.clauses
    .flat()
    .filter((c) => c.speaker && c.clause.verbEnd <= q.outerStart)
    .at(-1);
  if (earlierQuote && (!earlierClause || (state.spans[qi - 1]?.outerStart ?? 0) > earlierClause.clause.verbEnd)) {
    return { speaker: earlierQuote.speaker, rule: 'same-paragraph' };
  }
  if (earlierClause?.speaker) return { speaker: earlierClause.speaker, rule: 'same-paragraph' };
  // A quotation that forms its own sentence after a sentence about a person, or follows "He looks ahead:".
  const sentence = state.sentences[si];
  if (sentence) {
    const lead = state.masked.slice(sentence.start, q.outerStart);
    const colon = /:\s*$/.test(lead);
    const own = /^[\s\p{P}]*$/u.test(lead);
    const leadSentence = colon ? sentence : own && si > 0 ? state.sentences[si - 1] : undefined;
    if (leadSentence) {
      const who = subjectOf(state.masked, leadSentence.start, leadSentence.end, resolver);
      if (who) return { speaker: who, rule: 'lead-in' };
    }
  }
  // The previous paragraph's quotation was left open, or this paragraph is nothing but quotation.
  const onlyQuote = !/\p{L}/u.test(state.masked);
  const prevOpen = prev?.spans.at(-1)?.shape === 'open-ended';
  if ((onlyQuote || prevOpen) && lastSpeaker && qi === 0) {
    return { speaker: lastSpeaker.speaker, rule: 'continued-quote' };
  }
  return null;
}

/** The person a sentence is about: a name or he/she at its start (after an introductory phrase). */
function subjectOf(masked: string, start: number, end: number, resolver: Resolver): Resolved | null {
  const text = masked.slice(start, end);
  const tokens = tokenize(text, start);
  const first = tokens.findIndex((t) => /\p{L}/u.test(t.text));
  const t = tokens[first];
  if (!t) return null;
  if (t.lower === 'he' || t.lower === 'she') {
    return resolver.resolve({
      name: t.lower,
      kind: 'pronoun',
      role: null,
      gender: t.lower === 'he' ? 'male' : 'female',
    });
  }
  const mention = findMentions(masked.slice(0, end), 0).find(
    (m) => m.start >= start && isSubject(masked, m.start, start, m.end),
  );
  if (!mention) return null;
  const r = resolver.resolve(mention.reading);
  return r && r.kind === 'person' ? r : null;
}

/** Is the phrase at `at` in subject position: sentence start, or after a comma, semicolon or conjunction? */
function isSubject(masked: string, at: number, sentenceStart: number, end: number): boolean {
  const phrase = masked.slice(at, end);
  if (isPossessive({ text: phrase.split(/\s+/).at(-1) ?? '', lower: '', start: 0, end: 0 })) return false;
  const before = masked.slice(sentenceStart, at).trimEnd();
  if (before === '' || /[,;:\u2014\u2013-]$/.test(before) || /[.!?]$/.test(before)) return true;
  const lastWord = /(\p{L}+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  return SUBJECT_OPENERS.has(lastWord);
}
