/**
 * Names of events as articles give them, and whether two names denote one event. Sources spell the same
 * exercise differently ("Allied Resolve-2022", "Union Resolve 2022"): both are kept, each with its source.
 */
import nlp from 'compromise';

/** A name found in a sentence, with its offset. */
export interface FoundName {
  readonly name: string;
  readonly start: number;
}

const OPEN = '["“”‘\']';
const CLOSE = '["“”’\']';
/** Words that introduce a name: "called “X”", "dubbed ‘X’", "code-named X". */
const NAMING = `\\b(?:(?<!so-)called|dubbed|named|code-?named|codenamed|known\\s+as|titled|entitled)`;
/** A quoted name after a naming word. The closing mark may be any quote mark: copy mixes them up. */
const QUOTED_NAME = new RegExp(`${NAMING}\\s*,?\\s*${OPEN}([^"“”]{2,80}?)${CLOSE}`, 'g');
/** An unquoted capitalised name after a naming word, up to four words ("code-named Steadfast Noon"). */
const BARE_NAME = new RegExp(
  `${NAMING}\\s+((?:[A-Z][\\p{L}\\d]*(?:-[\\p{L}\\d]+)*)(?:[\\s-][A-Z\\d][\\p{L}\\d]*){0,3})`,
  'gu',
);
/** A capitalised name carrying a year right before an exercise noun ("the Zapad-2021 exercises"). */
const YEAR_NAME =
  /\b((?:[A-Z][\p{L}]+[\s-]){1,3}(?:19|20)\d\d)\s+(?:(?:joint|military|naval|strategic|command|staff)\s+)*(?:drills?|exercises?|war\s?games|maneuvers|manoeuvres)\b/gu;

/**
 * A name right after the noun "exercise" or "operation" ("the NATO exercise Cold Response 2022"): two or more
 * capitalised words, or one with a year, so "the exercise Russia held" names nothing.
 */
const NOUN_THEN_NAME =
  /\b(?:[Ee]xercise|[Oo]peration)\s+((?:[A-Z][\p{L}]+(?:-[\p{L}\d]+)*)(?:(?:\s+[A-Z][\p{L}]+(?:-[\p{L}\d]+)*)+(?:\s+(?:19|20)\d\d)?|[\s-](?:19|20)\d\d))\b/gu;

/** Trailing punctuation that belongs to the sentence rather than the name ("Allied Resolve-2022,"). */
function clean(name: string): string {
  return name.replace(/[\s,.;:!?]+$/u, '').trim();
}

/** A name must look like one: a capital or digit first, and not a plain clause ("a dialogue of the deaf"). */
function looksLikeName(name: string): boolean {
  return /^[\p{Lu}\d]/u.test(name) && name.split(/\s+/).length <= 6;
}

/** The event names stated in one sentence, in order of appearance. */
export function namesIn(text: string): FoundName[] {
  const found: FoundName[] = [];
  const add = (raw: string, start: number) => {
    const name = clean(raw);
    if (looksLikeName(name) && !found.some((f) => f.start === start)) found.push({ name, start });
  };
  for (const m of text.matchAll(QUOTED_NAME)) {
    const raw = m[1] ?? '';
    add(raw, m.index + m[0].indexOf(raw));
  }
  for (const m of text.matchAll(BARE_NAME)) {
    const raw = m[1] ?? '';
    const start = m.index + m[0].indexOf(raw);
    if (!found.some((f) => Math.abs(f.start - start) <= 2)) add(raw, start);
  }
  for (const m of text.matchAll(YEAR_NAME)) add(m[1] ?? '', m.index);
  for (const m of text.matchAll(NOUN_THEN_NAME)) {
    const raw = m[1] ?? '';
    const start = m.index + m[0].indexOf(raw);
    // "During the exercise Vladimir Putin watched": a person after the noun is its subject, not its name.
    if (nlp(raw).people().found) continue;
    if (!found.some((f) => start >= f.start && start < f.start + f.name.length)) add(raw, start);
  }
  return found.sort((a, b) => a.start - b.start);
}
