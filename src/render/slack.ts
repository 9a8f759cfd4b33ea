/**
 * Slack Block Kit renderer: turns an {@link Answer} into a message for `chat.postMessage` or an incoming webhook.
 * Every user-visible string goes through {@link escapeSlack}, so text taken from articles can never become a
 * mention (`<!everyone>`, `<@U123>`) or a link; the only `<…>` sequences in the output are the citation links
 * this module builds from validated http(s) URLs.
 *
 * An answer's chart is its own message: the Slack front door uploads the picture from `chartImage()` in
 * `./charts/index.ts` (PNG bytes, file name, alt text, drawn by a worker within a time limit) and shows the uploaded
 * file in an image block ({@link renderSlackChart}), after the text answer.
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
  /**
   * Characters of text in all the blocks of one message, as {@link renderSlackPage} pages it. Slack documents no
   * total, but refuses messages whose blocks hold about 13,000 characters (`msg_blocks_too_long`); a page also reads
   * better as a screenful than as fifty sections.
   */
  messageText: 12_000,
  /** Characters of an image block's alt text. */
  imageAltText: 2000,
  /** Characters of an image block's title. */
  imageTitle: 2000,
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

/** An image block showing a file uploaded to Slack, described by its alt text for readers who cannot see it. */
export interface SlackImageBlock {
  readonly type: 'image';
  readonly slack_file: { readonly id: string };
  readonly alt_text: string;
  readonly title: SlackText;
}

/** A chart uploaded to Slack, as {@link renderSlackChart} shows it. */
export interface SlackChart {
  /** The uploaded file's id (`F…`). */
  readonly fileId: string;
  /** What the chart shows, in words. */
  readonly alt: string;
  /** What it is a chart of: the answer's title. */
  readonly title: string;
}

/**
 * A chart as a message of its own: one image block of the uploaded file, titled with the answer's title, and the
 * same title as the notification text. Alt text and title are plain text, which Slack never reads as mentions or
 * links; the notification text is escaped like every other.
 */
export function renderSlackChart(chart: SlackChart): {
  readonly text: string;
  readonly blocks: readonly [SlackImageBlock];
} {
  const title = `Chart: ${chart.title}`;
  return {
    text: escapeWithin(title, SLACK_LIMITS.fallbackText),
    blocks: [
      {
        type: 'image',
        slack_file: { id: chart.fileId },
        alt_text: cutPlain(chart.alt, SLACK_LIMITS.imageAltText),
        title: { type: 'plain_text', text: cutPlain(title, SLACK_LIMITS.imageTitle), emoji: false },
      },
    ],
  };
}

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
  // The story (only when an answer spans several) comes before the paragraph, which ends the line.
  const story = c.story ? `story: ${c.story}` : null;
  const rest = [story, c.publisher, c.byline.length > 0 ? c.byline.join(', ') : null, c.date, `¶${c.paragraph}`]
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

/** One line of a section or disagreement, with the citations it refers to. */
interface Line {
  readonly text: string;
  readonly cites: readonly number[];
}

/** A heading and its lines: an answer section, or one disagreement (which stays on one page when it can). */
interface Group {
  readonly heading: string;
  readonly lines: readonly Line[];
  readonly whole: boolean;
}

function groupsOf(answer: Answer): Group[] {
  if (answer.empty) return [];
  const sections = answer.sections
    .filter((s) => s.items.length > 0)
    .map((s) => ({
      heading: headingOf(s.heading),
      lines: s.items.map((item) => ({ text: itemLine(item), cites: [item.citation] })),
      whole: false,
    }));
  const conflicts = answer.conflicts
    .filter((c) => c.claims.length > 0)
    .map((c) => {
      const texts = conflictLines(c);
      return {
        heading: headingOf(`Sources disagree: ${c.subject}`),
        lines: c.claims.map((claim, i) => ({ text: texts[i] ?? '', cites: [claim.citation] })),
        whole: true,
      };
    });
  return [...sections, ...conflicts];
}

/** The lines of one group shown on one page; `continued` when the group began on an earlier page. */
interface Slice {
  readonly group: number;
  readonly continued: boolean;
  readonly lines: Line[];
}

const CONTINUED = ' (continued)';

/** What a page holds so far, and what it costs in blocks and characters. */
class PageDraft {
  readonly slices: Slice[] = [];
  private readonly cites = new Set<number>();
  private blocks = 0;
  private chars = 0;
  private citeChars = 0;
  private openLength = 0;

  constructor(
    private readonly citationLength: (n: number) => number,
    private readonly room: { readonly blocks: number; readonly chars: number },
  ) {}

  get empty(): boolean {
    return this.slices.length === 0;
  }

  /** Adds a line of `group` if the page can take it; false (and nothing changed) otherwise. */
  add(group: number, heading: string, line: Line, continued: boolean): boolean {
    const last = this.slices.at(-1);
    let blocks = this.blocks;
    let chars = this.chars;
    let open = this.openLength;
    if (last?.group === group) {
      if (open + 1 + line.text.length <= SLACK_LIMITS.sectionText) open += 1 + line.text.length;
      else [blocks, open] = [blocks + 1, line.text.length];
      chars += line.text.length + 1;
    } else {
      const title = continued ? heading + CONTINUED : heading;
      const together = title.length + 1 + line.text.length;
      if (together <= SLACK_LIMITS.sectionText) [blocks, open] = [blocks + 1, together];
      else [blocks, open] = [blocks + 2, line.text.length];
      chars += together;
    }
    const fresh = [...new Set(line.cites)].filter((n) => !this.cites.has(n));
    const citeChars = this.citeChars + fresh.reduce((sum, n) => sum + this.citationLength(n), 0);
    const citeCount = this.cites.size + fresh.length;
    const citeBlocks = citeCount === 0 ? 0 : 1 + Math.min(MAX_CITATION_BLOCKS, Math.ceil(citeCount / 10));
    if (!this.empty && (blocks + citeBlocks > this.room.blocks || chars + citeChars > this.room.chars)) return false;
    if (last?.group === group) last.lines.push(line);
    else this.slices.push({ group, continued, lines: [line] });
    for (const n of fresh) this.cites.add(n);
    [this.blocks, this.chars, this.citeChars, this.openLength] = [blocks, chars, citeChars, open];
    return true;
  }
}

/**
 * Splits the groups over pages: lines flow in order, a page ending when the next line would break the block or
 * character room; a disagreement that fits on a fresh page moves there whole rather than being split.
 */
function paginate(
  groups: readonly Group[],
  citationLength: (n: number) => number,
  room: (page: number) => { readonly blocks: number; readonly chars: number },
): Slice[][] {
  const pages: Slice[][] = [];
  let draft = new PageDraft(citationLength, room(0));
  const turn = () => {
    pages.push(draft.slices);
    draft = new PageDraft(citationLength, room(pages.length));
  };
  groups.forEach((group, g) => {
    if (group.whole && !draft.empty) {
      const trial = new PageDraft(citationLength, room(pages.length));
      for (const slice of draft.slices) {
        const heading = groups[slice.group]?.heading ?? '';
        for (const line of slice.lines) trial.add(slice.group, heading, line, slice.continued);
      }
      if (!group.lines.every((line) => trial.add(g, group.heading, line, false))) turn();
    }
    let shown = 0;
    for (const line of group.lines) {
      if (!draft.add(g, group.heading, line, shown > 0)) {
        turn();
        draft.add(g, group.heading, line, shown > 0);
      }
      shown++;
    }
  });
  if (!draft.empty || pages.length === 0) pages.push(draft.slices);
  return pages;
}

/** Options of {@link renderSlackPage}. */
export interface SlackPageOptions {
  /** 0-based page to render; clamped to the last page. Default 0. */
  readonly page?: number;
  /** Blocks left free for the caller (buttons, a note), out of Slack's fifty. Default 0. */
  readonly reserveBlocks?: number;
}

/** One rendered page of an answer and where it sits among the answer's pages. */
export interface SlackPage {
  readonly message: SlackMessage;
  /** The page rendered (after clamping), 0-based. */
  readonly page: number;
  readonly pages: number;
}

/** Characters a caller's reserved blocks may use (a row of buttons, a short note). */
const RESERVED_CHARS = 400;

/** Room for the page label (" · page 12/34") after the query. */
const PAGE_LABEL_MAX = 24;

/**
 * Renders one page of an answer for Slack, for front doors that can page (a "More" button): every page keeps
 * Slack's limits ({@link SLACK_LIMITS}: fifty blocks less `reserveBlocks`, 3,000 characters per section, ten
 * elements per context block, {@link SLACK_LIMITS.messageText} characters in all) and lists only the sources it
 * cites. Notes and suggestions open the first page. Every text is escaped as {@link renderSlack} escapes it.
 */
export function renderSlackPage(answer: Answer, options: SlackPageOptions = {}): SlackPage {
  const title = answer.title.trim() === '' ? `/${answer.command}` : answer.title;
  const headerText = cutPlain(title.replace(/\s+/g, ' '), SLACK_LIMITS.headerText);
  const header: SlackBlock = { type: 'header', text: { type: 'plain_text', text: headerText, emoji: false } };
  const [query, ...notes] = bodyBlocks({ ...answer, empty: true });
  const reserve = Math.max(0, Math.trunc(options.reserveBlocks ?? 0));
  const textOf = (blocks: readonly SlackBlock[]) =>
    blocks.reduce(
      (sum, b) =>
        sum +
        ('text' in b ? b.text.text.length : 'elements' in b ? b.elements.reduce((n, e) => n + e.text.length, 0) : 0),
      0,
    );
  const fixedChars = headerText.length + textOf(query ? [query] : []) + PAGE_LABEL_MAX + RESERVED_CHARS;
  const room = (page: number) => {
    const extra = page === 0 ? notes : [];
    return {
      blocks: SLACK_LIMITS.blocks - 2 - extra.length - reserve,
      chars: SLACK_LIMITS.messageText - fixedChars - textOf(extra),
    };
  };
  const byNumber = new Map(answer.citations.map((c) => [c.n, c]));
  const citationLength = (n: number) => {
    const c = byNumber.get(n);
    return c ? citationText(c).length : 0;
  };
  const groups = groupsOf(answer);
  const pages = paginate(groups, citationLength, room);
  const page = Math.min(Math.max(0, Math.trunc(options.page ?? 0)), pages.length - 1);
  const slices = pages[page] ?? [];
  const body = slices.flatMap((slice) => {
    const heading = groups[slice.group]?.heading ?? '';
    return sectionsOf(
      slice.continued ? heading + CONTINUED : heading,
      slice.lines.map((l) => l.text),
    );
  });
  const cited = new Set(slices.flatMap((s) => s.lines.flatMap((l) => l.cites)));
  const citations = citationBlocks(answer.citations.filter((c) => cited.has(c.n)));
  // The page number is an element of its own, so the query keeps its room in its own element.
  const label: SlackBlock[] =
    query?.type === 'context'
      ? [
          pages.length > 1
            ? { ...query, elements: [...query.elements, mrkdwn(`page ${page + 1}/${pages.length}`)] }
            : query,
        ]
      : [];
  const blocks: SlackBlock[] = [
    header,
    ...label,
    ...(page === 0 ? notes : []),
    ...body,
    ...(citations.length > 0 ? [{ type: 'divider' } as const, ...citations] : []),
  ];
  return { message: { text: fallbackText(answer, title), blocks }, page, pages: pages.length };
}
