/**
 * What an event is for, as stated or contested: an official purpose ("The purpose of the exercise is to…",
 * "will practice…"), the tasks planned during it ("During the exercise, measures will be taken to…"), how its
 * organisers characterise it ("the drills are merely defensive war games"), and what others suspect it hides
 * ("could be used as a cover for…").
 */

/** Each cue names the kind of purpose statement, so answers can tell an aim from an accusation. */
const PURPOSE_CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ['stated', /\b(?:purposes?|aims?|aimed at|goals?|objectives?|intended to|designed to|meant to|in order to)\b/i],
  ['practice', /\bpractic(?:e|es|ed|ing)\b|\bpractis(?:e|es|ed|ing)\b|\brehears(?:e|es|ed|ing)\b|\bwork out\b/i],
  [
    'planned tasks',
    /\bduring the (?:\S+\s+)?(?:drills?|exercises?|maneuvers|manoeuvres|war\s?games)\b[^.]*?\b(?:will|would|shall)\b/i,
  ],
  [
    'characterisation',
    /\b(?:drills?|exercises?|maneuvers|manoeuvres|war\s?games)\s+(?:are|is|were|was)\s+(?:merely|purely|only|just|simply|solely|strictly|entirely|defensive|routine|regular|planned)\b/i,
  ],
  ['alleged cover', /\b(?:as\s+(?:a\s+)?(?:cover|pretext|smokescreen)|under\s+the\s+(?:pretext|guise|cover))\b/i],
];

const MAX_VALUE = 110;

/**
 * The purpose facts of a sentence already known to concern the event: the kind of statement and the words
 * from its cue on, cut at a word boundary ("stated: purpose of the exercise is to work out the tasks of…").
 */
export function purposes(text: string): string[] {
  const out: string[] = [];
  for (const [kind, cue] of PURPOSE_CUES) {
    const m = cue.exec(text);
    if (!m) continue;
    // A quotation's closing mark ends the purpose: what follows is attribution ("…,” the statement said).
    const rest =
      text
        .slice(m.index)
        .split(/[”"]/)[0]
        ?.replace(/[’,.;:\s]+$/u, '')
        .trim() ?? '';
    const cut = rest.length <= MAX_VALUE ? rest : `${rest.slice(0, MAX_VALUE).replace(/\s+\S*$/, '')}…`;
    out.push(`${kind}: ${cut}`);
    // One sentence is one statement of purpose: its first cue says best what kind it is.
    break;
  }
  return out;
}
