import {
  joinTokens,
  looksLikeRole,
  type PhraseReading,
  phraseAfter,
  phraseBefore,
  readPhrase,
  SPEECH_VERBS,
  type Token,
  tokenize,
  WEAK_SPEECH_VERBS,
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
  /** `before`: "X said"; `after`: "said X"; `according`: "according to X". */
  readonly form: 'before' | 'after' | 'according';
  readonly verb: string;
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
    if (AUXILIARIES.has(t.lower)) {
      k--;
      continue;
    }
    if (t.lower === 'turn' && tokens[k - 2]?.lower === 'in') {
      k -= 2;
      continue;
    }
    // "prompted Ukraine to accuse": the infinitive's agent is the phrase before "to".
    if (t.lower === 'to' && k === j) {
      k--;
      continue;
    }
    return k;
  }
}

function readRange(tokens: readonly Token[], r: { from: number; to: number } | null): PhraseReading | null {
  return r ? readPhrase(tokens.slice(r.from, r.to)) : null;
}

/** The agent written before a speech verb at token `v`, with appositives and relative pronouns handled. */
function agentBefore(tokens: readonly Token[], v: number): { reading: PhraseReading; from: number; to: number } | null {
  const j = skipAuxiliaries(tokens, v);
  const prev = tokens[j - 1];
  if (!prev) return null;
  if (PASSIVE.has(prev.lower)) return null;
  if (prev.text === ',') {
    // "Kateryna Cherepanova, a 38-year-old from…, said": skip the appositive back to the name before it.
    let k = j - 2;
    while (k >= 0 && (tokens[k] as Token).text !== ',' && !/^[.;:]$/.test((tokens[k] as Token).text)) k--;
    const segStart = k + 1;
    const seg = phraseBefore(tokens, j - 1);
    const segReading = readRange(tokens, seg);
    if (seg && seg.from <= segStart && segReading && segReading.kind !== 'pronoun') {
      // The whole stretch between the commas is a name: "Ukraine's Defense Minister, Oleksiy Reznikov, said".
      const role = k >= 0 && (tokens[k] as Token).text === ',' ? roleBefore(tokens, k) : null;
      return { reading: role && !segReading.role ? { ...segReading, role } : segReading, from: seg.from, to: seg.to };
    }
    if (k >= 0 && (tokens[k] as Token).text === ',') {
      const head = tokens[segStart];
      if (head && (/^\p{Ll}/u.test(head.text) || /^\d/.test(head.text) || head.lower === 'the' || head.lower === 'a')) {
        const r = phraseBefore(tokens, k);
        const reading = readRange(tokens, r);
        if (r && reading && reading.kind !== 'pronoun') return { reading, from: r.from, to: r.to };
      }
    }
    if (seg && segReading) return { reading: segReading, from: seg.from, to: seg.to };
    return null;
  }
  const r = phraseBefore(tokens, j);
  const reading = readRange(tokens, r);
  if (!r || !reading) return null;
  if ((reading.name === 'who' || reading.name === 'which') && tokens[r.from - 1]?.text === ',') {
    const ante = phraseBefore(tokens, r.from - 1);
    const anteReading = readRange(tokens, ante);
    if (ante && anteReading) return { reading: anteReading, from: ante.from, to: ante.to };
    return null;
  }
  if (reading.name === 'who' || reading.name === 'which') return null;
  return { reading, from: r.from, to: r.to };
}

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
      let r = phraseAfter(tokens, v + 2);
      let reading = readRange(tokens, r);
      // "according to a statement from the White House": the body that issued it.
      const by = r ? tokens[r.to] : undefined;
      if (r && reading?.kind === 'statement' && !reading.issuer && by && (by.lower === 'from' || by.lower === 'by')) {
        const issuer = phraseAfter(tokens, r.to + 1);
        const issuerReading = readRange(tokens, issuer);
        if (issuer && issuerReading) {
          r = issuer;
          reading = issuerReading;
        }
      }
      if (r && reading) out.push(clause(tokens, t, tokens[v + 1] as Token, r, reading, 'according', 'according to'));
      continue;
    }
    // A capitalised "States" or "Says" is a name's word, not a verb.
    if (!SPEECH_VERBS.has(t.lower) || t.text !== t.lower) continue;
    const before = agentBefore(tokens, v);
    const weak = WEAK_SPEECH_VERBS.has(t.lower);
    if (before && (!weak || before.to === v)) {
      if (weak && !['person', 'name', 'pronoun', 'organization', 'place'].includes(before.reading.kind)) continue;
      if (weak && before.reading.kind === 'pronoun' && before.reading.name === 'it') continue;
      out.push(clause(tokens, t, t, before, before.reading, 'before', t.lower));
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
