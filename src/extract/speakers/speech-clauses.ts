import { ADDRESSED_NOUNS } from '../../shared-words.ts';
import {
  joinTokens,
  looksLikeRole,
  NATIONALITY_WORDS,
  type PhraseReading,
  phraseAfter,
  phraseBefore,
  pronounReading,
  readPhrase,
  SPEECH_VERBS,
  type Token,
  tokenize,
  WEAK_SPEECH_VERBS,
  wordSet,
} from '../language/index.ts';

/** A clause that says who speaks: "Peskov said", "said Lufthansa", "according to Janes". */
export interface SpeechClause {
  /** Offsets (in the paragraph) of the verb, or of "according to". */
  readonly verbStart: number;
  readonly verbEnd: number;
  /** Offsets of the agent phrase. */
  readonly agentStart: number;
  readonly agentEnd: number;
  readonly agent: PhraseReading;
  /**
   * `before`: "X said"; `after`: "said X"; `according`: "according to X"; `participle`: "X …, citing/saying …",
   * whose agent is the subject of the sentence.
   */
  readonly form: 'before' | 'after' | 'according' | 'participle';
  readonly verb: string;
  /** The agent is the antecedent of "who"/"which" ("…Equinor, which had said…"): a side remark, less salient. */
  readonly relative?: boolean;
}

const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'also',
  'repeatedly',
  'then',
  'later',
  'previously',
  'again',
  'once',
  'recently',
  'not',
  'did',
  'does',
  'do',
  'would',
  'will',
  'could',
  'may',
  'might',
  'should',
  'must',
  'can',
  'publicly',
  'officially',
  'separately',
  'earlier',
  'further',
  'only',
  'just',
  'already',
  'subsequently',
  'reportedly',
]);
const PASSIVE = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'being']);

/** Skips auxiliaries, adverbs and "in turn" left of token `j`; returns the new exclusive end. */
function skipAuxiliaries(tokens: readonly Token[], j: number): number {
  let k = j;
  for (;;) {
    const t = tokens[k - 1];
    if (!t) return k;
    // "pointedly noted", "publicly said": an adverb between subject and verb.
    if (AUXILIARIES.has(t.lower) || (/^\p{Ll}{4,}ly$/u.test(t.text) && k - 1 >= 0 && t.lower !== 'early')) {
      k--;
      continue;
    }
    if (t.lower === 'turn' && tokens[k - 2]?.lower === 'in') {
      k -= 2;
      continue;
    }
    // "prompted Ukraine to accuse": the infinitive's agent is the phrase before "to".
    if (t.lower === 'to' && k === j) {
      // "went on to say", "goes on to say": the agent is the subject of "went on".
      if (tokens[k - 2]?.lower === 'on' && GO_ON.has(tokens[k - 3]?.lower ?? '')) {
        k -= 3;
        continue;
      }
      k--;
      continue;
    }
    const pp = adverbialBefore(tokens, k);
    if (pp < k) {
      k = pp;
      continue;
    }
    return k;
  }
}

const GO_ON = new Set(['went', 'goes', 'go', 'going', 'gone']);
/** A politician's party written after the name: "Republican of North Carolina", "R-Texas", "D-N.Y.". */
const PARTY = /^(?:(?:Republican|Democrat|Democratic|Independent|Labour|Conservative|Tory|Liberal)\b|[RDI]-[A-Z])/u;
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'whom', 'where']);

/** Prepositions and time words that open an adverbial between a subject and its verb ("Visa at the time said"). */
const ADVERBIAL_OPENERS = new Set([
  'at',
  'on',
  'in',
  'during',
  'via',
  'over',
  'through',
  'last',
  'earlier',
  'late',
  'early',
  'this',
  'on',
]);
const TIME_NAMES = wordSet(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december',
);

/**
 * Start of a short adverbial that ends right before token `k` and separates a subject from its verb: "at the
 * time", "on Monday", "in a statement Friday", "in a 2011 interview". Returns `k` when there is none. The
 * adverbial must follow a word that can end a name or description, so "Amazon and Visa say" is left alone.
 */
function adverbialBefore(tokens: readonly Token[], k: number): number {
  for (let p = k - 1; p >= Math.max(0, k - 6); p--) {
    const t = tokens[p] as Token;
    if (ADVERBIAL_OPENERS.has(t.lower) && p < k - 1) {
      const before = tokens[p - 1];
      if (!before || !/^[\p{L}’'.]+$/u.test(before.text) || NOT_AGENT_END.has(before.lower)) return k;
      return p;
    }
    const ok = /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || /^\d/.test(t.text) || TIME_NAMES.has(t.lower);
    if (!ok || SPEECH_VERBS.has(t.lower) || BREAKS.has(t.lower)) return k;
  }
  return k;
}

/** Words that never end the subject of a speech verb: an adverbial after them belongs to something else. */
const NOT_AGENT_END = new Set([
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'to',
  'of',
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
]);
/** Words that end an adverbial's search: a clause boundary. */
const BREAKS = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'when', 'while', 'because', 'if']);

function readRange(tokens: readonly Token[], r: { from: number; to: number } | null): PhraseReading | null {
  return r ? readPhrase(tokens.slice(r.from, r.to)) : null;
}

/** The agent written before a speech verb at token `v`, with appositives and relative pronouns handled. */
function agentBefore(
  tokens: readonly Token[],
  v: number,
): { reading: PhraseReading; from: number; to: number; relative?: boolean } | null {
  const j = skipAuxiliaries(tokens, v);
  const prev = tokens[j - 1];
  if (!prev) return null;
  if (PASSIVE.has(prev.lower)) return null;
  if (prev.text === ',') {
    // "The ministry, in a statement, said": an adverbial between commas; the subject is before it.
    let c = j - 2;
    while (c >= 0 && (tokens[c] as Token).text !== ',' && j - 2 - c < 8) c--;
    const opener = tokens[c + 1];
    if (c > 0 && (tokens[c] as Token).text === ',' && opener && ADVERBIAL_OPENERS.has(opener.lower)) {
      const r = phraseBefore(tokens, c);
      const reading = readRange(tokens, r);
      if (r && reading) return { reading, from: r.from, to: r.to };
    }
    // "Kateryna Cherepanova, a 38-year-old from…, said": skip the appositive back to the name before it.
    let k = j - 2;
    while (k >= 0 && (tokens[k] as Token).text !== ',' && !/^[.;:]$/.test((tokens[k] as Token).text)) k--;
    const segStart = k + 1;
    const seg = phraseBefore(tokens, j - 1);
    const segReading = readRange(tokens, seg);
    // A stretch that starts in lower case ("founder of Icahn Enterprises") or ends in lower case ("Facebook's
    // parent company") is an appositive describing the name before it, not the name.
    const segWords = seg ? tokens.slice(seg.from, seg.to) : [];
    const named =
      segReading &&
      !['pronoun', 'description', 'group', 'statement'].includes(segReading.kind) &&
      !/^\p{Ll}/u.test(segWords.find((w) => !['the', 'a', 'an'].includes(w.lower))?.text ?? '') &&
      /^\p{Lu}/u.test(segWords.at(-1)?.text ?? '');
    if (seg && seg.from <= segStart && segReading && named) {
      // The whole stretch between the commas is a name: "Ukraine's Defense Minister, Oleksiy Reznikov, said".
      const role = k >= 0 && (tokens[k] as Token).text === ',' ? roleBefore(tokens, k) : null;
      return { reading: role && !segReading.role ? { ...segReading, role } : segReading, from: seg.from, to: seg.to };
    }
    // "BNP Paribas, which was named in the report, said": the relative clause describes the agent before it.
    const opener2 = tokens[segStart];
    if (k > 0 && (tokens[k] as Token).text === ',' && opener2 && RELATIVE_OPENERS.has(opener2.lower)) {
      const r = phraseBefore(tokens, k);
      const reading = readRange(tokens, r);
      // "Jeff Miller, the chief executive of Halliburton, which drills wells, told…": past the relative clause,
      // the appositives lead back to the person, unless a name stands right before it ("Mr Musk, who…").
      const described = !reading || reading.kind === 'description' || /^\p{Ll}/u.test(tokens[r?.from ?? 0]?.text ?? '');
      const person = described ? personBeforeAppositives(tokens, k) : null;
      if (person) return person;
      if (r && reading && reading.kind !== 'pronoun') return { reading, from: r.from, to: r.to };
    }
    const chained = personBeforeAppositives(tokens, j - 1);
    if (chained) return chained;
    if (k >= 0 && (tokens[k] as Token).text === ',') {
      const head = tokens[segStart];
      if (head && (/^\p{Ll}/u.test(head.text) || /^\d/.test(head.text) || head.lower === 'the' || head.lower === 'a')) {
        const r = phraseBefore(tokens, k);
        const reading = readRange(tokens, r);
        if (r && reading && reading.kind !== 'pronoun') return { reading, from: r.from, to: r.to };
      }
    }
    return null;
  }
  const r = phraseBefore(tokens, j);
  const reading = readRange(tokens, r);
  if (!r || !reading) return null;
  // "Mr Kwarteng's letter to its boss Peter Hebblethwaite says …": the one a letter is addressed to does not speak.
  if (addressedBefore(tokens, r.from)) return null;
  if ((reading.name === 'who' || reading.name === 'which') && tokens[r.from - 1]?.text === ',') {
    const ante = phraseBefore(tokens, r.from - 1);
    const anteReading = readRange(tokens, ante);
    if (ante && anteReading) return { reading: anteReading, from: ante.from, to: ante.to, relative: true };
    return null;
  }
  if (reading.name === 'who' || reading.name === 'which') return null;
  // "Michael James, managing director of equity trading at Wedbush Securities said": an appositive left without its
  // closing comma; the person before it speaks, not the body or role at its end.
  if (reading.kind !== 'person') {
    const named = personBeforeOpenAppositive(tokens, j);
    if (named) return named;
  }
  return { reading, from: r.from, to: r.to };
}

/**
 * Whether the phrase starting at `from` is whom a letter or a message is addressed to ("a letter to its boss …",
 * "a memo to staff"): "to" after such a noun, right before the phrase or with up to two lower-case words between.
 */
function addressedBefore(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(1, from - 3); k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'to') return ADDRESSED_NOUNS.has((tokens[k - 1] as Token).lower);
    if (!/^\p{Ll}+$/u.test(t.text)) return false;
  }
  return false;
}

/**
 * The person named before a comma whose appositive runs up to the verb at `j` unclosed ("Erin Browne, PIMCO's
 * managing director and portfolio manager told CNBC"): the stretch after the comma must read as a role, and the
 * words before it as a person's name. Null otherwise.
 */
function personBeforeOpenAppositive(
  tokens: readonly Token[],
  j: number,
): { reading: PhraseReading; from: number; to: number } | null {
  let c = j - 1;
  while (c >= 0 && j - c <= 12 && !/^[,.;:!?"“”]$/.test((tokens[c] as Token).text)) c--;
  if (c <= 0 || (tokens[c] as Token).text !== ',') return null;
  if (!looksLikeRole(joinTokens(tokens.slice(c + 1, j)))) return null;
  const r = phraseBefore(tokens, c);
  const reading = readRange(tokens, r);
  const opens = r && (r.from === 0 || /^[,.;:"“”]$/.test((tokens[r.from - 1] as Token).text));
  return r && reading?.kind === 'person' && opens ? { reading, from: r.from, to: r.to } : null;
}

/**
 * "David Rubin, President, Academy of Motion Picture Arts and Sciences, said": a person followed by appositives
 * of role and body, each between commas. Walks back from the comma at `comma` over up to three such segments to
 * the person's name; null when a segment is neither a role, a body nor a description.
 */
function personBeforeAppositives(
  tokens: readonly Token[],
  comma: number,
): { reading: PhraseReading; from: number; to: number } | null {
  let end = comma;
  for (let n = 0; n < 4; n++) {
    let c = end - 1;
    while (c >= 0 && !/^[,.;:]$/.test((tokens[c] as Token).text)) c--;
    const words = tokens.slice(c + 1, end);
    if (words.length === 0) return null;
    const reading = readPhrase(words);
    // "On Monday, Mr Musk, …": a sentence's opening adverbial is no name.
    const adverbial = LEADING_PREPOSITIONS.has((words[0] as Token).lower);
    if (n > 0 && !adverbial && (reading?.kind === 'person' || reading?.kind === 'name')) {
      return { reading, from: c + 1, to: end };
    }
    const first = words[0] as Token;
    const appositive =
      looksLikeRole(joinTokens(words)) ||
      reading?.kind === 'organization' ||
      reading?.kind === 'description' ||
      /^\p{Ll}/u.test(first.text) ||
      /^\d/.test(first.text) ||
      PARTY.test(joinTokens(words)) ||
      ['the', 'a', 'an'].includes(first.lower);
    if (!appositive || c < 0 || (tokens[c] as Token).text !== ',') return null;
    end = c;
  }
  return null;
}

/** Prepositions that open an adverbial ("On Monday", "In London"), never a name. */
const LEADING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'by',
  'for',
  'from',
  'with',
  'after',
  'before',
  'during',
  'since',
  'until',
]);

/** A role phrase with no name that ends before token `end` ("Ukraine's Defense Minister"), if any. */
function roleBefore(tokens: readonly Token[], end: number): string | null {
  const r = phraseBefore(tokens, end);
  if (!r) return null;
  const reading = readRange(tokens, r);
  if (reading && reading.kind !== 'description') return null;
  const text = joinTokens(tokens.slice(r.from, r.to));
  return looksLikeRole(text) ? text.replace(/^(the|a|an)\s+/i, '') : null;
}

/**
 * Finds the speech clauses of one sentence. `text` is the paragraph with quotations masked out (so words
 * inside quotes never act as speakers); `from`/`to` bound the sentence; `afterQuote(offset)` tells whether a
 * position directly follows a quotation (which allows the inverted "…,” said Lufthansa").
 */
export function speechClauses(
  text: string,
  from: number,
  to: number,
  afterQuote: (offset: number) => boolean,
): SpeechClause[] {
  const tokens = tokenize(text.slice(from, to), from);
  const out: SpeechClause[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v] as Token;
    if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      // "according to her 2018 financial disclosure": whoever "her" stands for.
      const owner = POSSESSIVE_PRONOUNS.get(tokens[v + 2]?.lower ?? '');
      if (owner) {
        const reading = pronounReading(owner);
        out.push(
          clause(tokens, t, tokens[v + 1] as Token, { from: v + 2, to: v + 3 }, reading, 'according', 'according to'),
        );
        continue;
      }
      let r = phraseAfter(tokens, v + 2);
      let reading = readRange(tokens, r);
      // "according to a statement from the White House", "according to an analysis of insurance claims by
      // Avalere": the body that issued it.
      let byAt = r ? r.to : -1;
      while (r && byAt < r.to + 6 && tokens[byAt] && !['from', 'by'].includes((tokens[byAt] as Token).lower)) {
        if (/^[,.;:]$/.test((tokens[byAt] as Token).text)) break;
        byAt++;
      }
      const by = r ? tokens[byAt] : undefined;
      const unread =
        r && reading?.kind === 'statement' && !reading.issuer && by && (by.lower === 'from' || by.lower === 'by');
      if (unread) {
        let issuer = phraseAfter(tokens, byAt + 1);
        let issuerReading = readRange(tokens, issuer);
        // "…by the progressive think tank, the Center on Budget and Policy Priorities": the name set off after.
        if (issuer && issuerReading?.kind === 'description' && tokens[issuer.to]?.text === ',') {
          const named = phraseAfter(tokens, issuer.to + 1);
          const namedReading = readRange(tokens, named);
          if (named && namedReading && ['organization', 'name', 'person'].includes(namedReading.kind)) {
            issuer = named;
            issuerReading = namedReading;
          }
        }
        if (issuer && issuerReading) {
          r = issuer;
          reading = issuerReading;
        } else {
          // "…by five of the country's top institutes": an issuer named but not read is nobody to guess.
          continue;
        }
      }
      if (r && reading) out.push(clause(tokens, t, tokens[v + 1] as Token, r, reading, 'according', 'according to'));
      continue;
    }
    // "X pointed out", "X made clear that": speech verbs of two words.
    const second = TWO_WORD_VERBS.get(t.lower);
    const next = tokens[v + 1];
    if (second && next?.lower === second) {
      const before = agentBefore(tokens, v);
      if (before) out.push(clause(tokens, t, next, before, before.reading, 'before', `${t.lower} ${second}`));
      continue;
    }
    // "Amazon made the announcement in November, citing “high fees”": the subject of the sentence speaks.
    // (The comma may sit inside a quotation's closing mark: "…on “Good Morning America,” saying…".)
    // The participle first: whether a quotation comes right before is a search of the paragraph.
    if (
      PARTICIPLES.has(t.lower) &&
      (/^(?:,|and|while|before|after)$/.test(tokens[v - 1]?.lower ?? '') || afterQuote(t.start))
    ) {
      // "…, adding berths for 40 boats", "…, adding 200 jobs": "adding" with a thing as object adds it.
      if (t.lower === 'adding' && addsThings(next)) continue;
      const subject = subjectBefore(tokens, v);
      if (subject) out.push(clause(tokens, t, t, subject, subject.reading, 'participle', t.lower));
      continue;
    }
    // "Jen Psaki issued a written statement saying …": a participle after the document the subject put out.
    const issuing = PARTICIPLES.has(t.lower) ? issuingVerbBefore(tokens, v) : -1;
    if (issuing >= 0) {
      // The one who put it out, before the verb: "Delta executives sent the agency a letter arguing …".
      const issuer = agentBefore(tokens, issuing);
      if (issuer) out.push(clause(tokens, t, t, issuer, issuer.reading, 'participle', t.lower));
      continue;
    }
    // "…, with Senator Elizabeth Warren calling it …": a participle of speech whose agent follows "with".
    if (PARTICIPLES.has(t.lower) && !SPEECH_VERBS.has(t.lower) && withAgent(tokens, v)) {
      const r = phraseBefore(tokens, skipAuxiliaries(tokens, v));
      const reading = readRange(tokens, r);
      if (r && reading) out.push(clause(tokens, t, t, r, reading, 'before', t.lower));
      continue;
    }
    // A capitalised "States" or "Says" is a name's word, not a verb.
    if (!SPEECH_VERBS.has(t.lower) || t.text !== t.lower) continue;
    // "several bank CEOs saying…": an -ing form reports speech as a participle clause (above), or after "with"
    // ("with New York Fed President John Williams saying…").
    if (/ing$/.test(t.lower) && !withAgent(tokens, v)) continue;
    // "news reports or commentary", "media claims of…": a verb's -s form that is a plural noun here.
    if (
      NOUN_LIKE_VERBS.has(t.lower) &&
      /^\p{Ll}/u.test(tokens[v - 1]?.text ?? '') &&
      !REPORTS_WHAT.test(next?.lower ?? '')
    ) {
      continue;
    }
    // "The Dow added 270 points", "added to the pressure": "add" with such an object adds things.
    if (/^add(?:s|ed)?$/.test(t.lower) && ADD_OBJECT.test(next?.lower ?? '')) continue;
    // "…, so loans are a concern, said Anne Donarski, the firm's director": after a comma, a name right after
    // the verb is its agent (inversion), whatever stands before the comma.
    if (tokens[v - 1]?.text === ',' && !WEAK_SPEECH_VERBS.has(t.lower) && !TAKES_HEARER.has(t.lower)) {
      const r = phraseAfter(tokens, v + 1);
      const reading = readRange(tokens, r);
      // The name must end the clause ("…, said Anne Donarski, the firm's director."), not start a reported one
      // ("…, said Mr Abramovich and the negotiators suffered…").
      if (r && reading && reading.kind !== 'pronoun' && reading.kind !== 'statement' && endsClause(tokens, r.to)) {
        out.push(clause(tokens, t, t, r, reading, 'after', t.lower));
        continue;
      }
    }
    // "Mr. Manchin … cited her statements, and pointedly noted that…": a second verb of the sentence's subject.
    const joined = tokens[skipAuxiliaries(tokens, v) - 1];
    if ((joined?.lower === 'and' || joined?.lower === 'but') && !WEAK_SPEECH_VERBS.has(t.lower)) {
      const subject = subjectBefore(tokens, v);
      if (subject && subject.to < skipAuxiliaries(tokens, v) - 1) {
        out.push(clause(tokens, t, t, subject, subject.reading, 'before', t.lower));
        continue;
      }
    }
    const before = agentBefore(tokens, v);
    if (before && nounModifier(tokens, t, before, v)) continue;
    const weak = WEAK_SPEECH_VERBS.has(t.lower);
    // "new drivers could expect to make…": a verb of thought after a modal reports nobody's claim.
    if (weak && MODALS.has(tokens[v - 1]?.lower ?? '')) continue;
    if (before && (!weak || before.to === v || before.to === skipAuxiliaries(tokens, v))) {
      if (
        weak &&
        !['person', 'name', 'pronoun', 'organization', 'place', 'statement', 'group'].includes(before.reading.kind)
      ) {
        continue;
      }
      if (weak && before.reading.kind === 'pronoun' && before.reading.name === 'it') continue;
      // "ONS data showed": only a document shows; "images by Maxar showed camps" is no claim of Maxar's.
      if (/^show(?:s|ed)?$/.test(t.lower) && before.reading.kind !== 'statement') continue;
      const c = clause(tokens, t, t, before, before.reading, 'before', t.lower);
      out.push(before.relative ? { ...c, relative: true } : c);
      continue;
    }
    if (weak) continue;
    // Inversion: "…,” said Lufthansa", "…,” says Roman Shekin, chief operating officer…".
    const prev = tokens[v - 1];
    if (!prev || prev.text === ',' || afterQuote(t.start)) {
      if (prev && prev.text !== ',' && !afterQuote(t.start)) continue;
      const r = phraseAfter(tokens, v + 1);
      const reading = readRange(tokens, r);
      if (r && reading) out.push(clause(tokens, t, t, r, reading, 'after', t.lower));
    }
  }
  return out;
}

/**
 * "the Ohio state treasurer", "Russian state media": a verb's bare form ("state", "say") right after a place or a
 * nationality does not agree with it (a place "states"), so the word is a noun's modifier, not a verb of saying.
 */
function nounModifier(
  tokens: readonly Token[],
  verb: Token,
  agent: { reading: PhraseReading; from: number; to: number },
  v: number,
): boolean {
  if (agent.to !== v || !SPEECH_VERBS.has(`${verb.lower}s`)) return false;
  const { kind, name } = agent.reading;
  if (kind === 'place' || NATIONALITY_WORDS.has(name.toLowerCase())) return true;
  // "the Brandenburg state economics minister": one capitalised word after an article is a modifier too.
  const words = tokens.slice(agent.from, agent.to).map((w) => w.lower);
  const articled = ['the', 'a', 'an'].includes(words[0] ?? '');
  return articled && words.length === 2 && !/s$/.test(name);
}

/** Words that may follow the agent of an inverted speech verb: punctuation, a time or place, "who". */
const AFTER_INVERTED_AGENT = new Set([
  'in',
  'on',
  'at',
  'during',
  'last',
  'this',
  'earlier',
  'late',
  'who',
  'whose',
  'of',
  'via',
  'to',
  'when',
  'after',
  'before',
  'while',
  'as',
  'adding',
  'according',
  'from',
  'with',
]);

/** Does the phrase ending at token `k` end its clause? */
function endsClause(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  return (
    next === undefined ||
    /^[,.;:)\u2014\u2013—-]$/.test(next.text) ||
    AFTER_INVERTED_AGENT.has(next.lower) ||
    TIME_NAMES.has(next.lower)
  );
}

/** Verb forms that are also plural nouns ("reports", "claims", "notes", "comments"). */
const NOUN_LIKE_VERBS = new Set([
  'reports',
  'claims',
  'notes',
  'comments',
  'remarks',
  'posts',
  'tweets',
  'states',
  'calls',
  'estimates',
  'warns',
]);
/** What follows such a form when it is a verb: "reports that", "claims the", "notes: …". */
const REPORTS_WHAT = /^(?:that|the|a|an|it|he|she|they|this|these|those|there|its|his|her|their|[,:\u201C"])$/;

/** What follows "added" when it adds things rather than words: a number, "to", "more", "another", "up". */
const ADD_OBJECT = /^(?:\d.*|[$£€¥]|to|more|another|up|new|some|nearly|about|over|roughly|around|almost)$/;

/** Words that may open what "adding" reports: a "that" clause, a subject, a quotation's place. */
const REPORT_OPENERS = wordSet(
  'that the a an he she it they we i you this these those there his her its their our some many most all',
);

/**
 * Does the word after "adding" make it add things: a number, an amount or a bare lower-case noun ("adding
 * berths"), rather than open reported words ("adding that…", "adding the firm would…", "adding: …")?
 */
function addsThings(next: Token | undefined): boolean {
  if (!next) return false;
  if (ADD_OBJECT.test(next.lower)) return true;
  return /^\p{Ll}/u.test(next.text) && !REPORT_OPENERS.has(next.lower);
}

/**
 * The verb that put out the document standing right before the participle at `v` ("issued a blistering, written
 * statement saying", "posted a tweet calling"), or -1. A report or a study someone only cited is not their words.
 */
function issuingVerbBefore(tokens: readonly Token[], v: number): number {
  if (!ISSUED_DOCUMENTS.has(tokens[v - 1]?.lower ?? '')) return -1;
  for (let k = v - 2; k >= Math.max(0, v - 7); k--) {
    const word = (tokens[k] as Token).lower;
    if (ISSUING_VERBS.has(word)) return k;
    if (/^[.;:]$/.test(word)) return -1;
  }
  return -1;
}

/** Documents whose words are their issuer's. */
const ISSUED_DOCUMENTS = new Set([
  'statement',
  'tweet',
  'post',
  'letter',
  'email',
  'memo',
  'note',
  'message',
  'release',
]);

/** Verbs of putting a document out. */
const ISSUING_VERBS = new Set([
  'issued',
  'issues',
  'released',
  'releases',
  'posted',
  'posts',
  'published',
  'sent',
  'wrote',
  'put',
  'shared',
  'tweeted',
]);

/** Is the -ing verb at `v` the participle of an absolute "with X saying…"? */
function withAgent(tokens: readonly Token[], v: number): boolean {
  const r = phraseBefore(tokens, skipAuxiliaries(tokens, v));
  return r !== null && tokens[r.from - 1]?.lower === 'with';
}

const MODALS = new Set(['could', 'would', 'can', 'may', 'might', 'should', 'must', 'will']);

/** Possessive pronouns and the pronoun of their owner. */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['its', 'it'],
  ['their', 'they'],
]);

/** Speech verbs whose object is the hearer ("told analysts"): a name after them is never their agent. */
const TAKES_HEARER = wordSet(
  'tell tells told telling ask asks asked asking urge urges urged urging accuse accuses accused accusing advise advises advised advising warn warns warned warning',
);

/** Speech verbs written as two words, by their first word. */
const TWO_WORD_VERBS: ReadonlyMap<string, string> = new Map([
  ['pointed', 'out'],
  ['points', 'out'],
  ['point', 'out'],
  ['made', 'clear'],
  ['makes', 'clear'],
  ['spelled', 'out'],
]);

/** Participles that report speech when they open a clause after a comma ("…, saying …", "…, calling it …"). */
const PARTICIPLES = wordSet(
  'saying adding citing calling describing noting warning arguing telling insisting explaining claiming stressing accusing urging predicting acknowledging admitting declaring writing tweeting complaining',
);

/** Words that open a sentence before its subject ("But the bank…", "However, the firm…"). */
const SENTENCE_OPENERS = new Set([
  'but',
  'and',
  'however',
  'meanwhile',
  'instead',
  'still',
  'yet',
  'so',
  'also',
  'now',
  'then',
]);
/** Prepositions that open an introductory phrase ending at a comma ("In a statement Monday, the firm…"). */
const INTRO_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'since',
  'following',
  'despite',
  'with',
  'by',
  'for',
  'as',
  'over',
  'from',
  'under',
  'amid',
  'last',
  'earlier',
  'later',
  'this',
]);

/**
 * The subject of the sentence whose participle clause starts at token `v`: the noun phrase at the start of the
 * sentence, after an opening conjunction and an introductory phrase closed by a comma. Null when the phrase
 * there is no speaker phrase.
 */
function subjectBefore(
  tokens: readonly Token[],
  v: number,
): { reading: PhraseReading; from: number; to: number } | null {
  // "…, with Rep. August Pfluger, R-Texas, arguing that…": the participle's own subject follows "with".
  let end = v - 1;
  for (let n = 0; n < 2; n++) {
    let c = end - 1;
    while (c >= 0 && (tokens[c] as Token).text !== ',') c--;
    if (tokens[c + 1]?.lower === 'with') {
      const r = phraseAfter(tokens, c + 2);
      const reading = readRange(tokens, r);
      return r && reading ? { reading, from: r.from, to: r.to } : null;
    }
    if (c < 0) break;
    end = c;
  }
  let k = 0;
  while (
    k < v &&
    (SENTENCE_OPENERS.has((tokens[k] as Token).lower) || /^[,\u2014(“"]$/.test((tokens[k] as Token).text))
  )
    k++;
  if (INTRO_PREPOSITIONS.has(tokens[k]?.lower ?? '')) {
    let c = k;
    while (c < v && (tokens[c] as Token).text !== ',') c++;
    if (c >= v - 1) return null;
    // "In a series of tweets Twitter founder Jack Dorsey, who …, welcomed …": a phrase typed without its comma runs
    // into the subject, which a relative clause describes; not "After meeting President Biden, the chancellor …".
    const named = phraseBefore(tokens, c);
    const reading = named && named.from > k && tokens[c + 1]?.lower === 'who' ? readRange(tokens, named) : null;
    if (named && reading?.kind === 'person') {
      return { reading, from: named.from, to: named.to };
    }
    k = c + 1;
  }
  let r = phraseAfter(tokens, k);
  // "An investor in the token, he has…": a description set off before the pronoun or name that is the subject.
  if (r) {
    let c = r.to;
    while (c < v && (tokens[c] as Token).text !== ',' && c - r.to < 8) c++;
    const after = tokens[c + 1];
    if (
      (tokens[c] as Token | undefined)?.text === ',' &&
      after &&
      ['he', 'she', 'they', 'it', 'we'].includes(after.lower)
    ) {
      r = { from: c + 1, to: c + 2 };
    }
  }
  if (!r || r.to >= v) return null;
  const reading = readRange(tokens, r);
  return reading ? { reading, from: r.from, to: r.to } : null;
}

function clause(
  tokens: readonly Token[],
  verbFirst: Token,
  verbLast: Token,
  r: { from: number; to: number },
  agent: PhraseReading,
  form: SpeechClause['form'],
  verb: string,
): SpeechClause {
  return {
    verbStart: verbFirst.start,
    verbEnd: verbLast.end,
    agentStart: (tokens[r.from] as Token).start,
    agentEnd: (tokens[r.to - 1] as Token).end,
    agent,
    form,
    verb,
  };
}
