import type { StoredDoc } from './documents.ts';
import { fold } from './terms.ts';

/** What kind of answer a question asks for, read from its question words. */
export type Intent =
  | 'who'
  | 'where'
  | 'when'
  | 'duration'
  | 'quantity'
  | 'distance'
  | 'name'
  | 'why'
  | 'speech'
  | 'none';

/**
 * Reads the intent of a free question. Only the question's function words decide it ("how many", "where",
 * "what did … say"), never its topic, so the rule carries over to any story.
 */
export function detectIntent(question: string): Intent {
  const q = fold(question);
  if (/\bhow long\b|\bhow many (days|weeks|months|hours)\b|\bduration\b/.test(q)) return 'duration';
  if (/\bhow (far|close|near)\b|\bdistance\b/.test(q)) return 'distance';
  if (/\bhow (many|much|big|large)\b|\bnumber of\b/.test(q)) return 'quantity';
  if (/\bwhat (is|are|was|were) (the )?names?\b|\b(called|dubbed|named)\b\s*\??\s*$|\bname of\b/.test(q)) return 'name';
  if (/\bwhat (did|does|do|has|have|had) .+ (say|said|tell|told|warn|claim|state)\b|\bquotes?\b/.test(q))
    return 'speech';
  if (/^\s*who\b|\bwho (is|was|are|were|said|announced|says)\b/.test(q)) return 'who';
  if (/^\s*where\b|\bwhere (is|are|was|were|do|does|did|will)\b/.test(q)) return 'where';
  if (/^\s*when\b|\bwhat (date|day|time)\b/.test(q)) return 'when';
  if (/^\s*why\b|\bwhat for\b|\bpurpose\b/.test(q)) return 'why';
  return 'none';
}

/**
 * A multiplier for a document given the question's intent: a sentence that holds the kind of fact asked for
 * (a figure for "how many", a place for "where") ranks above one that merely shares words.
 */
export function intentBoost(intent: Intent, doc: StoredDoc): number {
  // A quotation's document repeats words of its sentence's document; a very short quote ("[The drills] are held
  // regularly") would otherwise outrank fuller sentences on length normalisation alone. Who said it matters only
  // when the question is about someone's words.
  const kind = doc.kind === 'quote' && intent !== 'speech' && intent !== 'who' ? 0.6 : 1;
  return kind * forIntent(intent, doc);
}

function forIntent(intent: Intent, doc: StoredDoc): number {
  switch (intent) {
    case 'quantity':
      return doc.hasFigure ? 1.6 : 1;
    case 'distance':
      return doc.hasDistance ? 2 : doc.hasFigure ? 1.2 : 1;
    case 'duration':
      return doc.aspects.includes('duration') ? 2 : doc.hasDate ? 1.2 : 1;
    case 'name':
      return doc.aspects.includes('name') ? 1.8 : 1;
    case 'speech':
      return doc.hasQuote ? 1.5 : 1;
    case 'who':
      return doc.hasQuote || doc.speakers.length > 0 || doc.claimant !== '' ? 1.2 : 1;
    case 'where':
      return doc.locations > 0 ? 1.3 + 0.15 * Math.min(doc.locations, 4) : 1;
    case 'when':
      return doc.hasDate || doc.aspects.some((a) => a === 'start' || a === 'end' || a === 'duration') ? 1.5 : 1;
    case 'why':
      return doc.aspects.includes('purpose') ? 1.5 : 1;
    case 'none':
      return 1;
  }
}

/** Question-form words that say what kind of answer is wanted, not what it is about ("how far", "how many"). */
const QUESTION_FORM = /\bhow\s+(many|much|far|long|big|large|close|near|often|soon)\b/gi;

/**
 * The topic of a question: the question without its question-form words, so "far" in "how far is Kyiv" does not
 * pull in "far more skeptical". The intent keeps that information.
 */
export function questionTopic(question: string): string {
  const topic = question.replace(QUESTION_FORM, ' ');
  const intent = detectIntent(question);
  // In "how long will it last", "last" asks for a duration; left in, it would match "last Thursday".
  if (intent === 'duration') return topic.replace(/\blast(s|ed|ing)?\b/gi, ' ');
  // "Where is it taking place / held / located" asks for a place; those words would match any mention of it.
  if (intent === 'where')
    return topic.replace(/\b(take|takes|taking|took|taken)\s+place\b|\b(held|located|happening)\b/gi, ' ');
  return topic;
}
