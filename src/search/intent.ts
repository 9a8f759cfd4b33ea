import type { StoredDoc } from './documents.ts';
import { fold } from './terms.ts';

/** What kind of answer a question asks for, read from its question words. */
export type Intent = 'who' | 'where' | 'when' | 'quantity' | 'why' | 'speech' | 'none';

/**
 * Reads the intent of a free question. Only the question's function words decide it ("how many", "where",
 * "what did … say"), never its topic, so the rule carries over to any story.
 */
export function detectIntent(question: string): Intent {
  const q = fold(question);
  if (/\bhow (many|much|far|big|large|long a distance|close)\b|\bnumber of\b|\bhow many\b/.test(q)) return 'quantity';
  if (/\bwhat (did|does|do|has|have|had) .+ (say|said|tell|told|warn|claim|state)\b|\bquotes?\b/.test(q))
    return 'speech';
  if (/^\s*who\b|\bwho (is|was|are|were|said|announced|says)\b/.test(q)) return 'who';
  if (/^\s*where\b|\bwhere (is|are|was|were|do|does|did|will)\b/.test(q)) return 'where';
  if (/^\s*when\b|\bwhat (date|day|time)\b|\bhow long\b/.test(q)) return 'when';
  if (/^\s*why\b|\bwhat for\b|\bpurpose\b/.test(q)) return 'why';
  return 'none';
}

/**
 * A multiplier for a document given the question's intent: a sentence that holds the kind of fact asked for
 * (a figure for "how many", a place for "where") ranks above one that merely shares words.
 */
export function intentBoost(intent: Intent, doc: StoredDoc): number {
  switch (intent) {
    case 'quantity':
      return doc.hasFigure ? 1.6 : 1;
    case 'speech':
      return doc.hasQuote ? 1.5 : 1;
    case 'who':
      return doc.hasQuote || doc.speakers.length > 0 || doc.claimant !== '' ? 1.2 : 1;
    case 'where':
      return doc.aspects.includes('location') ? 1.6 : 1;
    case 'when':
      return doc.hasDate || doc.aspects.some((a) => a === 'start' || a === 'end' || a === 'duration') ? 1.5 : 1;
    case 'why':
      return doc.aspects.includes('purpose') ? 1.5 : 1;
    case 'none':
      return 1;
  }
}
