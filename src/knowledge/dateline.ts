/**
 * Recognises a dateline at the top of pasted plain text ("date 2022-02-10 By Nathan Hodge, Tara John and Anna
 * Chernova, CNN"), so it becomes metadata instead of a paragraph.
 */

/** Metadata read from a dateline. */
export interface Dateline {
  readonly date: string | null;
  readonly byline: string[];
  readonly publisher: string | null;
}

/** Words that mark the last comma-separated part of a byline as a publisher rather than a person. */
const PUBLISHER_WORDS =
  /\b(news|press|times|post|journal|reuters|agency|broadcasting|network|media|herald|tribune|guardian|telegraph|daily|wire|radio|tv|television|magazine|gazette|independent|observer|bloomberg|economist|chronicle)\b/i;

/** Parses the first block of a text file as a dateline, or returns null when it is ordinary prose. */
export function parseDateline(block: string): Dateline | null {
  const line = block.trim();
  if (line.includes('\n') || line.length > 300) return null;
  const match = /^(?:(?:date|dated|published|updated)[:\s]+)?(\d{4}-\d{2}-\d{2})?\s*(?:\bby\s+(.+))?$/i.exec(line);
  if (!match || (!match[1] && !match[2])) return null;
  const date = match[1] ?? null;
  if (date && Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return null;
  const { byline, publisher } = splitByline(match[2] ?? '');
  return { date, byline, publisher };
}

/** Splits "A, B and C, Publisher" into people and an optional publisher. */
function splitByline(text: string): { byline: string[]; publisher: string | null } {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  let publisher: string | null = null;
  const last = parts.at(-1);
  if (parts.length >= 2 && last !== undefined && looksLikePublisher(last)) {
    publisher = last;
    parts.pop();
  }
  const byline = parts
    .flatMap((p) => p.split(/\s+(?:and|&)\s+/i))
    .map((p) => p.trim())
    .filter(Boolean);
  return { byline, publisher };
}

function looksLikePublisher(part: string): boolean {
  if (/^[A-Z0-9&.-]{2,}$/.test(part)) return true; // CNN, BBC, AP, AFP
  if (/^the\s/i.test(part)) return true; // The Guardian
  if (!/\s/.test(part)) return true; // Reuters, Bloomberg: a person's byline has a first and last name
  return PUBLISHER_WORDS.test(part);
}
