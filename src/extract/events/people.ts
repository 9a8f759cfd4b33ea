/**
 * Who attends an event (or does not) and who announced it. A person is only named when the sentence names
 * one; otherwise no fact is made rather than a guess.
 */
import nlp from 'compromise';
import { EVENT_NOUN, fresh } from './terms.ts';

/** A fact found by a people rule; the caller adds the article, paragraph and context. */
export interface PeopleFact {
  readonly aspect: 'attendance' | 'announcement';
  readonly value: string;
  /** Offset of the cue in the sentence, so the caller can tie a date to it. */
  readonly at: number;
}

const ATTEND_CUE =
  /\b(?:attend(?:s|ed|ing)?|observe[sd]?|observing|watch(?:es|ed|ing)?|oversee(?:s|n|ing)?|oversaw|inspect(?:s|ed|ing)?|arrive[sd]?\s+in|arriving\s+in|visit(?:s|ed|ing)?)\b/gi;
const NEGATION = /\b(?:not|never|no plans to|unlikely to)\b|n['’]t\b/i;
/** Titles and ranks that compromise keeps in front of a name ("President Vladimir Putin"). */
const TITLE =
  /^(?:(?:President|Prime|Minister|Defen[cs]e|Foreign|Secretary|General|Gen\.?|Lt\.?|Col\.?|Maj\.?|Adm\.?|Admiral|Colonel|Major|Chancellor|King|Queen|Prince|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Chief|Commander)\s+)+/;

interface Person {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

function peopleIn(text: string): Person[] {
  const json = nlp(text).people().json({ offset: true }) as Array<{
    text: string;
    offset?: { start: number; length: number };
  }>;
  const out: Person[] = [];
  for (const p of json) {
    if (!p.offset) continue;
    const name = p.text
      .replace(/[\s,.;:’'"”]+$/u, '')
      .replace(/[’']s$/u, '')
      .replace(TITLE, '')
      .trim();
    if (/^\p{Lu}/u.test(name)) out.push({ name, start: p.offset.start, end: p.offset.start + p.offset.length });
  }
  return out;
}

/**
 * Attendance facts: a named person with a verb of attending, observing or arriving whose object is the
 * exercise ("Putin is not scheduled to attend the drills", "Gerasimov … arrived in Belarus ahead of the joint
 * exercises"). The person is the last one named before the verb; a negation between them makes the fact
 * "not attending".
 */
export function attendance(text: string, names: readonly string[]): PeopleFact[] {
  // compromise is the slow part: only run it on sentences with a cue.
  if (!fresh(ATTEND_CUE).test(text)) return [];
  const people = peopleIn(text);
  const out: PeopleFact[] = [];
  let previousCue = 0;
  for (const m of text.matchAll(fresh(ATTEND_CUE))) {
    const after = text.slice(m.index, m.index + m[0].length + 70);
    const noun = fresh(EVENT_NOUN).exec(after);
    const named = names.find((n) => after.includes(n));
    const objectEnd = noun
      ? m.index + noun.index + noun[0].length
      : named
        ? m.index + after.indexOf(named) + named.length
        : -1;
    const person = people.filter((p) => p.end <= m.index && p.start >= previousCue).at(-1);
    previousCue = m.index + m[0].length;
    if (objectEnd < 0 || !person) continue;
    const between = text.slice(person.end, m.index);
    const negation = NEGATION.exec(between);
    const from = negation ? person.end + negation.index : m.index;
    out.push({ aspect: 'attendance', value: `${person.name}: ${text.slice(from, objectEnd).trim()}`, at: m.index });
  }
  return out;
}

const ANNOUNCE_CUE = /\b(?:announce[sd]?|announcing|declared|declares|unveiled|confirmed|confirms)\b/gi;
/** A name of a body or person right before a verb: capitalised words, with "of", "for", "and", "the" inside. */
const NAME_BEFORE = /((?:[A-Z][\p{L}’'.-]*)(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\p{L}’'.-]*)*)\s*$/u;
/** Bodies named in lower case ("the defense ministry"), with an optional capitalised owner ("Russia’s"). */
const BODY_BEFORE =
  /((?:[A-Z][\p{L}]*[’']s\s+)?(?:[a-z]+\s+)?(?:ministry|government|military|army|navy|kremlin|spokes(?:man|woman|person)|command|headquarters|general staff))\s*$/iu;
const ACCORDING_TO =
  /\baccording to\s+(?:the\s+)?([^,.;]+?)(?=\s+(?:on|in|at|last|this|earlier|which|who)\b|[,.;]|$)/giu;
const ANNOUNCED_BY =
  /\b(?:announced|declared|confirmed)\s+by\s+(?:the\s+)?([^,.;]+?)(?=\s+(?:on|in|at|last|this)\b|[,.;]|$)/giu;

/**
 * Announcement facts: who announced the event ("the Russian Ministry of Defense announced Thursday", "was
 * announced by NATO", "according to Russia’s defense ministry") in a sentence about the exercise.
 */
export function announcements(text: string): PeopleFact[] {
  const out: PeopleFact[] = [];
  const add = (who: string, at: number) => {
    const value = who.replace(/^the\s+/i, '').trim();
    // "according to the statement" names no one: keep names and bodies only.
    if (!/\p{Lu}/u.test(value) && !BODY_BEFORE.test(value)) return;
    if (value !== '' && !out.some((f) => f.value === value)) out.push({ aspect: 'announcement', value, at });
  };
  for (const m of text.matchAll(fresh(ANNOUNCED_BY))) add(m[1] ?? '', m.index);
  for (const m of text.matchAll(fresh(ANNOUNCE_CUE))) {
    if (/^\s+by\b/.test(text.slice(m.index + m[0].length))) continue;
    const before =
      text
        .slice(0, m.index)
        .split(/[,;:“”"]/)
        .at(-1) ?? '';
    const who = NAME_BEFORE.exec(before)?.[1] ?? BODY_BEFORE.exec(before)?.[1];
    if (who && !/^(?:It|He|She|They|We|I)$/.test(who)) add(who, m.index);
  }
  for (const m of text.matchAll(fresh(ACCORDING_TO))) add(m[1] ?? '', m.index);
  return out;
}
