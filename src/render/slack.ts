/**
 * Slack Block Kit renderer: turns an {@link Answer} into a message for `chat.postMessage` or an incoming webhook.
 * Every user-visible string goes through {@link escapeSlack}, so text taken from articles can never become a
 * mention (`<!everyone>`, `<@U123>`) or a link; the only `<…>` sequences in the output are the citation links
 * this module builds from validated http(s) URLs.
 *
 * Charts are not blocks: a Slack front door gets an answer's picture from `chartImage()` in `./charts/index.ts` (PNG
 * bytes, file name, alt text, drawn by a worker within a time limit) and uploads it beside this message
 * (`files.uploadV2` with `alt_text`), or shows an uploaded file in an image block.
 */
import type { Answer, AnswerItem, Citation, Conflict } from '../answers/index.ts';

/** Slack's documented limits, as named constants so tests and callers share them. */
export const SLACK_LIMITS = {
  /** Blocks in one message. */
  blocks: 50,
  /** Characters in a header block's plain text. */
  headerText: 150,
  /** Characters in a section block's text. */
  sectionText: 3000,
  /** Elements in one context block. */
  contextElements: 10,
  /** Characters in any text object (a context element included). */
  text: 3000,
  /**
   * Characters of the top-level `text` fallback used for notifications. Slack truncates it at 40,000; a
   * notification is a glance, so this renderer keeps it far shorter.
   */
  fallbackText: 3000,
} as const;

/** Most citation context blocks a message carries, so a long source list cannot crowd out the answer. */
export const MAX_CITATION_BLOCKS = 5;

/** Longest article title shown in a citation line; longer titles are cut with an ellipsis. */
const CITATION_TITLE_MAX = 200;

/** Longest label, claimed value or claimant shown before a snippet, so the snippet keeps most of a section. */
const LABEL_MAX = 300;

const ELLIPSIS = '…';

/** A Slack text object. */
export interface SlackText {
  readonly type: 'plain_text' | 'mrkdwn';
  readonly text: string;
  /** On `mrkdwn`: true turns off Slack's automatic parsing of URLs, channel names and mentions. */
  readonly verbatim?: boolean;
  /** On `plain_text`: render `:emoji:` codes. */
  readonly emoji?: boolean;
}

/** The Block Kit blocks this renderer emits. */
export type SlackBlock =
  | { readonly type: 'header'; readonly text: SlackText }
  | { readonly type: 'section'; readonly text: SlackText }
  | { readonly type: 'context'; readonly elements: readonly SlackText[] }
  | { readonly type: 'divider' };

/** A message ready to be sent as JSON: `blocks` for display, `text` for notifications and old clients. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: readonly SlackBlock[];
}

/**
 * Escapes the three characters Slack treats as control characters in message text (`&`, `<`, `>`), which
 * neutralises mentions such as `<!channel>` and `<@U123>` as well as hand-written links.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes `raw` and cuts it so that the escaped result is at most `max` characters, ending with an ellipsis when
 * cut. Cutting happens before escaping so an entity such as `&amp;` or a surrogate pair is never split.
 */
export function escapeWithin(raw: string, max: number): string {
  const full = escapeSlack(raw);
  if (full.length <= max) return full;
  let out = '';
  for (const ch of raw) {
    const piece = escapeSlack(ch);
    if (out.length + piece.length > max - ELLIPSIS.length) break;
    out += piece;
  }
  return out + ELLIPSIS;
}

/** Cuts plain text to `max` characters without splitting a surrogate pair. */
function cutPlain(raw: string, max: number): string {
  if (raw.length <= max) return raw;
  let out = '';
  for (const ch of raw) {
    if (out.length + ch.length > max - ELLIPSIS.length) break;
    out += ch;
  }
  return out + ELLIPSIS;
}

const mrkdwn = (text: string): SlackText => ({ type: 'mrkdwn', text, verbatim: true });

/**
 * A URL Slack can link to, or null. Only absolute http(s) URLs qualify; the characters that end a Slack link
 * (`|`, `>`) or open one (`<`) are percent-encoded, and `&` is escaped as Slack asks.
 */
function slackUrl(url: string | null): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const href = parsed.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E');
  return href.replace(/&/g, '&amp;');
}

/** One citation as a context element: `[n] <url|Title> · Publisher · Byline · date · ¶p`. */
function citationText(c: Citation): string {
  const title = escapeWithin(c.title ?? c.article, CITATION_TITLE_MAX);
  const url = slackUrl(c.url);
  const head = url !== null && url.length < SLACK_LIMITS.text / 2 ? `<${url}|${title}>` : title;
  const rest = [c.publisher, c.byline.length > 0 ? c.byline.join(', ') : null, c.date, `¶${c.paragraph}`]
    .filter((part): part is string => part !== null && part !== '')
    .map(escapeSlack)
    .join(' · ');
  const line = `[${c.n}] ${head} · ${rest}`;
  // A citation line only overflows through a huge byline; dropping the link keeps the cut from breaking `<…>`.
  return line.length <= SLACK_LIMITS.text
    ? line
    : escapeWithin(`[${c.n}] ${c.title ?? c.article} · ${rest}`, SLACK_LIMITS.text);
}

function itemLine(item: AnswerItem): string {
  const label = item.label !== undefined && item.label !== '' ? `*${escapeWithin(item.label, LABEL_MAX)}*: ` : '';
  const prefix = `• [${item.citation}] ${label}`;
  // No quotation marks around the snippet: it is verbatim and often opens with its own.
  return `${prefix}${escapeWithin(item.snippet, SLACK_LIMITS.sectionText - prefix.length)}`;
}

function conflictLines(conflict: Conflict): string[] {
  return conflict.claims.map((claim) => {
    const who = claim.claimant === null ? 'reported' : escapeWithin(claim.claimant, LABEL_MAX);
    const prefix = `• [${claim.citation}] *${escapeWithin(claim.value, LABEL_MAX)}* (${who}): `;
    return `${prefix}${escapeWithin(claim.snippet, SLACK_LIMITS.sectionText - prefix.length)}`;
  });
}

/**
 * Packs a heading and lines into as few section blocks as the section text limit allows; the heading opens the
 * first block. Every line passed in already fits the limit on its own.
 */
function sectionsOf(heading: string, lines: readonly string[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let current = heading;
  for (const line of lines) {
    const next = current === '' ? line : `${current}\n${line}`;
    if (next.length <= SLACK_LIMITS.sectionText) {
      current = next;
    } else {
      if (current !== '') blocks.push({ type: 'section', text: mrkdwn(current) });
      current = line;
    }
  }
  if (current !== '') blocks.push({ type: 'section', text: mrkdwn(current) });
  return blocks;
}

function headingOf(text: string): string {
  return `*${escapeWithin(text, 500)}*`;
}

/** The answer's body (everything between the header and the citations), in reading order. */
function bodyBlocks(answer: Answer): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  const query = Object.entries(answer.query)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(', ');
  blocks.push({
    type: 'context',
    elements: [mrkdwn(escapeWithin(`/${answer.command}${query === '' ? '' : ` ${query}`}`, SLACK_LIMITS.text))],
  });
  if (!answer.empty) {
    for (const section of answer.sections) {
      if (section.items.length === 0) continue;
      blocks.push(...sectionsOf(headingOf(section.heading), section.items.map(itemLine)));
    }
    for (const conflict of answer.conflicts) {
      if (conflict.claims.length === 0) continue;
      blocks.push(...sectionsOf(headingOf(`Sources disagree: ${conflict.subject}`), conflictLines(conflict)));
    }
  }
  const notes = answer.notes.filter((n) => n !== '').map((n) => escapeWithin(n, SLACK_LIMITS.sectionText));
  if (notes.length > 0) blocks.push(...sectionsOf('', notes));
  if (answer.suggestions.length > 0) {
    const tries = answer.suggestions.map((s) => `\`${s.replace(/`/g, "'")}\``).join(', ');
    blocks.push({ type: 'context', elements: [mrkdwn(escapeWithin(`Try: ${tries}`, SLACK_LIMITS.text))] });
  }
  return blocks;
}

/** Citations as context blocks of up to ten elements each, capped at {@link MAX_CITATION_BLOCKS}. */
function citationBlocks(citations: readonly Citation[]): SlackBlock[] {
  const capacity = MAX_CITATION_BLOCKS * SLACK_LIMITS.contextElements;
  const shown = citations.length > capacity ? citations.slice(0, capacity - 1) : citations;
  const elements = shown.map((c) => mrkdwn(citationText(c)));
  if (shown.length < citations.length) {
    elements.push(mrkdwn(`…and ${citations.length - shown.length} more sources`));
  }
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < elements.length; i += SLACK_LIMITS.contextElements) {
    blocks.push({ type: 'context', elements: elements.slice(i, i + SLACK_LIMITS.contextElements) });
  }
  return blocks;
}

/** The notification text: the title and a count of sources, escaped and within the fallback limit. */
function fallbackText(answer: Answer, title: string): string {
  const sources = answer.citations.length;
  const tail = answer.empty ? '' : ` (${sources} source${sources === 1 ? '' : 's'})`;
  return escapeWithin(`${title}${tail}`, SLACK_LIMITS.fallbackText);
}

/**
 * Renders an answer as a Slack message within Slack's limits ({@link SLACK_LIMITS}): a header, the query, one
 * or more sections per answer section and per conflict, notes, suggestions, then the citations in context
 * blocks. When the body would exceed the block limit, the last body block that fits is replaced by a note saying
 * how many blocks were left out, so nothing vanishes silently.
 */
export function renderSlack(answer: Answer): SlackMessage {
  const title = answer.title.trim() === '' ? `/${answer.command}` : answer.title;
  const header: SlackBlock = {
    type: 'header',
    // plain_text is never parsed for mentions, so it is cut but not escaped (escaping would show "&amp;").
    text: { type: 'plain_text', text: cutPlain(title.replace(/\s+/g, ' '), SLACK_LIMITS.headerText), emoji: false },
  };
  const citations = answer.empty ? [] : citationBlocks(answer.citations);
  let body = bodyBlocks(answer);
  const divider: SlackBlock[] = citations.length > 0 ? [{ type: 'divider' }] : [];
  const room = SLACK_LIMITS.blocks - 1 - divider.length - citations.length;
  if (body.length > room) {
    const omitted = body.length - (room - 1);
    body = [
      ...body.slice(0, room - 1),
      {
        type: 'context',
        elements: [mrkdwn(`…${omitted} more block${omitted === 1 ? '' : 's'} left out to fit Slack's limits.`)],
      },
    ];
  }
  return { text: fallbackText(answer, title), blocks: [header, ...body, ...divider, ...citations] };
}
