/**
 * Small word lists that extraction and answering both read when they tell who speaks in a sentence. They sit here,
 * outside both layers, so that answering reads them without loading the extraction rules (and their NLP library).
 */

/** Nouns of what is written or sent to someone: the one named after their "to" is the reader, not the writer. */
export const ADDRESSED_NOUNS: ReadonlySet<string> = new Set(
  'letter letters message messages memo memos note email emails e-mail request reply response petition appeal'.split(
    ' ',
  ),
);
