/**
 * Offices asked of a name ("easyJet's CEO", "who is Robinhood's CEO", "marovia's finance minister"): which name owns
 * the office in the question, and whether a passage names whoever holds it there. Pure text tests over the question
 * and the passages; the names are the ones the question was read to find.
 */
import { escapeRegExp } from '../regexp.ts';
import { fold } from '../search/index.ts';
import type { FoundName } from './asked-names.ts';
import type { Question, QuestionName } from './question.ts';

/**
 * The office a "who is" question asks of a name found ("who is Robinhood's CEO", "who's marovia's finance
 * minister"): the owner found and the office as typed.
 */
export function officeAsked(
  text: string,
  found: readonly FoundName[],
): { owner: FoundName; office: string } | undefined {
  for (const owner of found) {
    const m = new RegExp(String.raw`\b${escapeRegExp(owner.asked.text)}['’]s?\s+([\p{L}]+(?:\s+[\p{L}]+)?)`, 'iu').exec(
      text,
    );
    const words = m?.[1] ?? '';
    // One word ("CEO") or two ("finance minister"), whichever is an office.
    const office = [words, words.split(/\s+/)[0] ?? ''].find((w) => OFFICE_NAME.test(w));
    if (office) return { owner, office };
  }
  return undefined;
}

/**
 * The office a speech question asks of its speaker, and whose it is as typed: from the question ("Goldman's CFO",
 * the speaker found as "Goldman"), or from the name found itself when it was read whole ("Marlow Sachs's CFO").
 */
export function officeOfSpeaker(text: string, speaker: FoundName): { owner: string; office: string } | undefined {
  const asked = officeAsked(text, [speaker]);
  if (asked) return { owner: speaker.asked.text, office: asked.office };
  const whole = /^(.+?)['’]s?\s+(\p{L}+(?:\s+\p{L}+)?)$/u.exec(speaker.asked.text.trim());
  return whole?.[1] && whole[2] && OFFICE_NAME.test(whole[2]) ? { owner: whole[1], office: whole[2] } : undefined;
}

/** Is the name an office the question gives another name's ("easyJet's CEO", "robinhood's ceo")? */
export function officeOfAnother(question: Question, name: QuestionName): boolean {
  return (
    OFFICE_NAME.test(name.text) &&
    question.names.some(
      (owner) =>
        owner !== name &&
        new RegExp(String.raw`\b${escapeRegExp(owner.text)}['’]s?\s+${escapeRegExp(name.text)}\b`, 'i').test(
          question.text,
        ),
    )
  );
}

/**
 * The office held for its owner, in folded text: "Robinhood CEO", "Robinhood's chief executive", "CEO of Robinhood".
 */
export function officeOf(owner: FoundName, office: string): RegExp {
  const held = officeWritten(office);
  const by = owner.forms.map((f) => f.map(escapeRegExp).join('\\s+')).join('|');
  // Or the owner told by what it is ("the Wall Street firm's chief economist"), in an article on it.
  const described = String.raw`\b(?:its|the\s+(?:[\w-]+\s+){0,2}?(?:firm|company|bank|group|lender|airline|carrier|retailer|maker|giant|chain|agency|fund|government|country|nation)['’]s)\s+${held}\b`;
  return new RegExp(
    String.raw`\b(?:${by})(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?${held}\b|\b${held}\s+(?:of|at)\s+(?:the\s+)?(?:${by})\b|${described}`,
  );
}

/** Whether the office stands before a name in capitals ("Kremlin spokesperson Dmitry Peskov", "CEO BOBBY KOTICK"). */
export function namedAfterOffice(office: string, snippet: string): boolean {
  const pattern = new RegExp(String.raw`\b${officeWritten(office)},?\s+(\S+)\s+(\S+)`, 'gi');
  return [...snippet.matchAll(pattern)].some((m) => /^\p{Lu}/u.test(m[1] ?? '') && /^\p{Lu}/u.test(m[2] ?? ''));
}

/** Whoever heads a body, told by the verb ("Yuriy Vitrenko, who runs Naftogaz", "the bank, led by …"). */
const HEADING = ['runs', 'ran', 'heads', 'headed', 'leads', 'led by', 'run by', 'headed by'];

/** Offices news writes for the one asked: a "boss" is the chief executive, the head or the leader. */
const KIN_OFFICES: Readonly<Record<string, readonly string[]>> = {
  ceo: ['boss', ...HEADING],
  'chief executive': ['boss', ...HEADING],
  boss: ['ceo', 'head', 'leader', ...HEADING],
  head: ['chief', 'executive', 'boss', 'ceo', 'chair', 'director', 'leader', ...HEADING],
  chief: ['head', 'ceo', 'executive', ...HEADING],
  leader: ['head', 'chief', ...HEADING],
  // A minister of the UK cabinet is styled "Secretary" ("Transport Secretary Grant Shapps"), as US cabinet members.
  minister: ['secretary'],
};

/** Whether folded text writes the office, or one news writes for it ("chief executive" for "ceo"). */
export function writesOffice(office: string, folded: string): boolean {
  return [office, ...(KIN_OFFICES[fold(office)] ?? [])].some((o) =>
    new RegExp(String.raw`\b${officeWritten(o)}\b`).test(folded),
  );
}

/**
 * Whether one of a person's roles or other names is the office, or one news writes for it ("Chief Financial Officer"
 * holds "CFO"; a "chief executive" is the "boss").
 */
export function holdsOffice(roles: readonly string[], office: string): boolean {
  return roles.some((r) => writesOffice(office, fold(r)));
}

/**
 * An office as news writes it, as a pattern of folded words: a "CEO" is as often the "chief executive"; a
 * spokesman, a spokeswoman or a spokesperson; a chairman, the chair.
 */
function officeWritten(office: string): string {
  const word = fold(office);
  if (word === 'ceo') return '(?:ceo|chief executive)';
  if (word === 'cfo') return '(?:cfo|chief financial officer|finance chief|finance director)';
  if (word === 'coo') return '(?:coo|chief operating officer)';
  if (word === 'cto') return '(?:cto|chief technology officer)';
  // A press secretary is the spokesperson news names.
  if (/^(?:spokes(?:man|woman|person)|press secretary)$/.test(word))
    return '(?:spokes(?:man|woman|person)|press secretary)';
  if (/^chair(?:man|woman|person)?$/.test(word)) return 'chair(?:man|woman|person)?';
  return escapeRegExp(word);
}

/** Offices chat writes as one word, which a question may type like a name ("CEO", "CFO"). */
const OFFICE_NAME =
  /^(?:ceo|cfo|coo|cto|chief [a-z]+(?: officer)?|chair(?:man|woman|person)?|president|boss|founder|spokes(?:man|woman|person)|(?:[a-z]+ )?(?:minister|secretary|chancellor|governor|ambassador))$/i;
