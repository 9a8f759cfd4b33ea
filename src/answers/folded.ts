/**
 * The archive's sentences as folded word strings (" the kremlin said "), for tests of names and phrases, and an
 * index of which articles use each folded word, so that finding the articles that name someone looks at the few
 * articles holding the name's words instead of every sentence of the archive. Both are built once per knowledge.
 */

import { fold, tokenize } from '../search/index.ts';
import { ADDRESSED_NOUNS } from '../shared-words.ts';
import { type AnswerContext, memo } from './context.ts';

/**
 * Folded words of a text, joined by single spaces and with a space at each end, for phrase tests. `tokens`: the
 * text's {@link tokenize} when the caller already has it.
 */
export function foldedWords(text: string, tokens: readonly string[] = tokenize(text)): string {
  return ` ${tokens.map((w) => fold(w)).join(' ')} `;
}

/** Whether a folded text ({@link foldedWords}) holds any of the forms (word sequences) as whole words. */
export function containsForm(folded: string, forms: readonly (readonly string[])[]): boolean {
  return forms.some((f) => f.length > 0 && folded.includes(` ${f.join(' ')} `));
}

/**
 * The folded sentences of every article and which articles use each folded word. Built in steps, so a service can
 * fill it a few articles at a time between answers after a load ({@link prepareFolded}); an answer that needs it
 * before then finishes it at once.
 */
class FoldedArchive {
  readonly sentences = new Map<string, string[]>();
  readonly byWord = new Map<string, number[]>();
  readonly ids: readonly string[];
  private folded = 0;
  private indexed = 0;

  constructor(private readonly whole: AnswerContext) {
    this.ids = whole.articles.map((a) => a.id);
  }

  get done(): boolean {
    return this.indexed >= this.ids.length && this.folded >= this.whole.facts.length;
  }

  /** Folds, then indexes, up to `n` more articles; true when everything is done. */
  step(n: number): boolean {
    const facts = this.whole.facts;
    let left = n;
    for (; this.folded < facts.length && left > 0; this.folded++, left--) {
      const f = facts[this.folded] as (typeof facts)[number];
      this.sentences.set(
        f.article,
        f.sentences.map((s) => foldedWords(s.text)),
      );
    }
    for (; this.folded >= facts.length && this.indexed < this.ids.length && left > 0; this.indexed++, left--) {
      const seen = new Set<string>();
      for (const s of this.sentences.get(this.ids[this.indexed] as string) ?? [])
        for (const w of s.split(' ')) if (w !== '') seen.add(w);
      for (const w of seen) {
        const list = this.byWord.get(w);
        if (list) list.push(this.indexed);
        else this.byWord.set(w, [this.indexed]);
      }
    }
    return this.done;
  }

  /**
   * One article's folded sentences, folded now if the steps have not reached it (kept for them, which fold it
   * again: the same strings).
   */
  sentencesOf(id: string): readonly string[] {
    let folded = this.sentences.get(id);
    if (folded === undefined) {
      this.factsById ??= new Map(this.whole.facts.map((f) => [f.article, f]));
      folded = (this.factsById.get(id)?.sentences ?? []).map((x) => foldedWords(x.text));
      this.sentences.set(id, folded);
    }
    return folded;
  }

  private factsById: Map<string, AnswerContext['facts'][number]> | null = null;

  /** Everything, now. */
  complete(): this {
    this.step(Number.POSITIVE_INFINITY);
    return this;
  }
}

function archive(ctx: AnswerContext): FoldedArchive {
  const whole = ctx.whole ?? ctx;
  return memo(whole, 'folded-archive', () => new FoldedArchive(whole));
}

/** Every article's sentences as folded word strings, once per knowledge. */
export function foldedSentences(ctx: AnswerContext): ReadonlyMap<string, readonly string[]> {
  return archive(ctx).complete().sentences;
}

/** Fills the folded archive a few articles per turn of the event loop (`pause` yields), until it is complete. */
export async function prepareFolded(ctx: AnswerContext, pause: () => Promise<boolean>, chunk = 8): Promise<void> {
  const folded = archive(ctx);
  while (!folded.step(chunk)) if (!(await pause())) return;
}

/** The positions in both ascending lists. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && (b[j] as number) < x) j++;
    if (b[j] === x) out.push(x);
  }
  return out;
}

/**
 * Articles (in scope, in archive order) where any form of a name occurs in a sentence. A form can only occur in an
 * article that uses every one of its words, so only those articles' sentences are read; a one-word form needs no
 * reading at all.
 */
export function articlesWith(ctx: AnswerContext, forms: readonly (readonly string[])[]): Set<string> {
  const folded = archive(ctx);
  if (!folded.done) {
    const narrowed = articlesWithFew(ctx, folded, forms);
    if (narrowed !== null) return narrowed;
  }
  const index = folded.complete();
  const sentences = index.sentences;
  const found = new Set<number>();
  for (const form of forms) {
    if (form.length === 0) continue;
    const phrase = form.join(' ');
    const words = phrase.split(' ');
    const needle = ` ${phrase} `;
    // An article already found for another form need not be read again.
    const inArticle = (i: number) =>
      found.has(i) || (sentences.get(index.ids[i] as string) ?? []).some((s) => s.includes(needle));
    if (words.includes('')) {
      // Not a sequence of words (an empty word): no word list narrows it, so every article is read.
      for (let i = 0; i < index.ids.length; i++) if (inArticle(i)) found.add(i);
      continue;
    }
    const lists = words.map((w) => index.byWord.get(w) ?? []).sort((a, b) => a.length - b.length);
    let candidates = lists[0] ?? [];
    for (const list of lists.slice(1)) candidates = intersect(candidates, list);
    for (const i of candidates) if (words.length === 1 || inArticle(i)) found.add(i);
  }
  const inScope = ctx.whole === null ? null : memo(ctx, 'article-ids', () => new Set(ctx.articles.map((a) => a.id)));
  const out = new Set<string>();
  for (const i of [...found].sort((a, b) => a - b)) {
    const id = index.ids[i] as string;
    if (inScope === null || inScope.has(id)) out.add(id);
  }
  return out;
}

/** Articles to read, at most, before folding the whole archive is the cheaper way to find a name. */
const FEW_ARTICLES = 150;

/**
 * {@link articlesWith} before the archive is folded (a one-off command line answer): the search index tells which
 * articles use every word of a form (as index terms, a superset), and only those are folded and read. Null when
 * that is most of the archive, or a form has no word the index narrows by.
 */
function articlesWithFew(
  ctx: AnswerContext,
  folded: FoldedArchive,
  forms: readonly (readonly string[])[],
): Set<string> | null {
  const whole = ctx.whole ?? ctx;
  const toRead = new Map<string, string[]>();
  for (const form of forms) {
    if (form.length === 0) continue;
    const phrase = form.join(' ');
    if (phrase.split(' ').includes('')) return null;
    const sets = form
      .map((word) => whole.index.articlesUsing(word))
      .filter((x): x is ReadonlySet<string> => x !== null);
    const [first, ...rest] = sets;
    if (first === undefined) return null;
    const candidates = [...first].filter((a) => rest.every((set) => set.has(a)));
    for (const a of candidates) toRead.set(a, [...(toRead.get(a) ?? []), ` ${phrase} `]);
    if (toRead.size > FEW_ARTICLES) return null;
  }
  const inScope = ctx.whole === null ? null : memo(ctx, 'article-ids', () => new Set(ctx.articles.map((a) => a.id)));
  const out = new Set<string>();
  for (const id of folded.ids) {
    const needles = toRead.get(id);
    if (!needles || (inScope !== null && !inScope.has(id))) continue;
    if (folded.sentencesOf(id).some((s) => needles.some((n) => s.includes(n)))) out.add(id);
  }
  return out;
}

/** Verbs of speech, one word each (with "according to", {@link SPEECH_VERB}). */
const SPEECH_WORDS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'stated',
  'wrote',
  'announced',
  'statement',
  // Reported speech that says how it was said ("the Commission also warned Mr Musk that …").
  'warned',
  'warns',
  'urged',
  'urges',
  'insisted',
  'argued',
  'claimed',
  'tweeted',
  'reminded',
  // What someone promised or let be understood is their word too ("Powell vowed tough action on prices").
  'vowed',
  'vows',
  'pledged',
  'pledges',
  'promised',
  'promises',
  'noted',
  'explained',
  'acknowledged',
  'admitted',
  'predicted',
  'signaled',
  'signalled',
  // Concern expressed or voiced is said ("the United States has also expressed concerns about the buildup").
  'expressed',
  'voiced',
  // A view held is a view told ("US officials believe Putin has yet to decide"); not "is believed to", unattributed.
  'believe',
  'believes',
  'think',
  'thinks',
  // The present of a report ("Sommers argues Democrats are …") and its other verbs of saying. Not "states" (the
  // United States), "claims" or "notes", which news writes as nouns.
  'argues',
  'insists',
  'explains',
  'adds',
  'writes',
  'announces',
  'tweets',
  'predicts',
  'admits',
  'acknowledges',
  'stressed',
  'stresses',
  'emphasized',
  'emphasised',
  'contended',
  'contends',
  'asserted',
  'asserts',
  'cautioned',
  'cautions',
  'remarked',
  'replied',
  'responded',
  'countered',
  'testified',
  'recalled',
  'relayed',
  'reiterated',
  'conveyed',
]);

/** Verbs of speech whose object is whom they address: the name after them is not the speaker. */
const ADDRESSING: ReadonlySet<string> = new Set([
  'told',
  'tells',
  'warned',
  'warns',
  'urged',
  'urges',
  'reminded',
  'cautioned',
  'cautions',
]);

/** A verb of speech, in folded text. */
/** Verbs that put out a statement. */
const ISSUED: ReadonlySet<string> = new Set(['issued', 'issues', 'issue', 'released', 'releases', 'put']);
/** What is put out as words: a statement and its kinds. */
const STATEMENTS: ReadonlySet<string> = new Set([
  'statement',
  'statements',
  'warning',
  'apology',
  'denial',
  'rebuttal',
]);

export const SPEECH_VERB = new RegExp(` (${[...SPEECH_WORDS].join('|')}|according to) `);
/** Words between a name and the verb of speech after it ("the kremlin has said": 1; "peskov the kremlin spokesman said": 3). */
const SPEAKER_BEFORE = 4;
/** Words between a verb of speech and the name after it ("said peskov", "according to the ministry"). */
const SPEAKER_AFTER = 3;

/**
 * Words after a name that make it the subject of what is said, not the one saying it: a verb opening a clause of
 * its own ("… said Lehmann was …"), or a possessive, folded to "s" ("according to ISS, Cook's pay …").
 */
const NOT_SPEAKING_AFTER: ReadonlySet<string> = new Set(
  's is was are were has had have would will could can should might may must did does'.split(' '),
);

/**
 * Whether the name ending at word `end` is the subject of a clause of its own: a verb or possessive right after it
 * ("said Lehmann was …"), or a few words on, past the rest of its noun phrase ("says chinese president xi jinping is
 * adopting …"); not past a relative pronoun or an appositive ("said smith, who is …", "said smith, a …").
 */
function clauseAfter(words: readonly string[], end: number): boolean {
  for (let k = end + 1; k <= end + CLAUSE_REACH && k < words.length; k++) {
    const w = words[k] ?? '';
    if (APPOSITIVE_OPENERS.has(w) || SPEECH_WORDS.has(w)) return false;
    if (NOT_SPEAKING_AFTER.has(w)) return true;
  }
  return false;
}

/** How many words after a name a verb of its own may stand ("xi jinping is": three). */
const CLAUSE_REACH = 4;

/** Words that open a relative clause or an appositive after a name, whose verb is not the name's. */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'a', 'an', 'the', 'and', 'in', 'on']);

/** Words that make a name before them part of a place's name ("the South China Sea"), which speaks for nobody. */
const PLACE_HEADS: ReadonlySet<string> = new Set(
  'sea seas ocean gulf strait straits river bay peninsula coast island islands lake canal basin mountains'.split(' '),
);

/** Pronouns that speak for themselves ("she said"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** Whether a folded sentence names one of the forms as whom a letter or a message is addressed to. */
export function addressedIn(folded: string, forms: readonly (readonly string[])[]): boolean {
  const words = folded.trim().split(' ');
  return forms.some((form) =>
    words.some((_, i) => form.length > 0 && form.every((w, k) => words[i + k] === w) && addressedAt(words, i)),
  );
}

/** Whether the words from `i` are whom a letter or a message is addressed to ("letter to its boss Peter X": up to three words between, so that "X" alone is read so too). */
function addressedAt(words: readonly string[], i: number): boolean {
  const to = words.lastIndexOf('to', i - 1);
  return to > 0 && i - to <= 4 && ADDRESSED_NOUNS.has(words[to - 1] ?? '');
}

/**
 * Whether a folded sentence has a name speaking, not only mentioned beside someone else's words: the name a few words
 * before a verb of speech ("the kremlin has said", "peskov the kremlin spokesman said") or just after one ("said
 * peskov", "according to the ministry").
 */
export function speaksIn(folded: string, forms: readonly (readonly string[])[]): boolean {
  if (!containsForm(folded, forms) || !SPEECH_VERB.test(folded)) return false;
  const words = folded.trim().split(' ');
  const verbs: number[] = [];
  for (const [i, w] of words.entries()) {
    if (SPEECH_WORDS.has(w) || (w === 'to' && words[i - 1] === 'according')) verbs.push(i);
    // "Psaki issued a blistering, written statement saying …": issuing a statement is speaking.
    else if (ISSUED.has(w) && words.slice(i + 1, i + 5).some((next) => STATEMENTS.has(next))) verbs.push(i);
  }
  for (const form of forms) {
    if (form.length === 0) continue;
    for (let i = 0; i + form.length <= words.length; i++) {
      if (!form.every((w, k) => words[i + k] === w)) continue;
      const end = i + form.length - 1;
      if (PLACE_HEADS.has(words[end + 1] ?? '')) continue;
      // "… to threaten Ukraine," she said": a pronoun between the name and the verb is who speaks.
      // Not one a letter is addressed to ("Mr Kwarteng's letter to its boss Peter Hebblethwaite says …").
      const addressed = addressedAt(words, i);
      const before = (v: number) =>
        v > end &&
        v - end <= SPEAKER_BEFORE &&
        !addressed &&
        !words.slice(end + 1, v).some((w) => SUBJECT_PRONOUNS.has(w));
      // "said Lehmann was a choice": a name with its own verb after "said" is what was said, not who said it; so is
      // one that owns what is said of it ("according to ISS, Mr Cook's pay was …").
      // Nor one after "that" ("she said, noting that Russian authorities have …"): that is what was said.
      // Nor the one a verb is addressed to ("Biden warned Putin during a call", "told CNN").
      const after = (v: number) =>
        v < i &&
        i - v <= SPEAKER_AFTER &&
        !ADDRESSING.has(words[v] ?? '') &&
        // "She said Mr Shkreli had …": a pronoun before the verb is who speaks; the name after it is what was said.
        !SUBJECT_PRONOUNS.has(words[v - 1] ?? '') &&
        !clauseAfter(words, end) &&
        !words.slice(v + 1, i).includes('that');
      if (verbs.some((v) => before(v) || after(v))) return true;
    }
  }
  return false;
}
