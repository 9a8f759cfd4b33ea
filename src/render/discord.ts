/**
 * Renders an {@link Answer} as Discord messages: one embed of snippets (a field per section, side-by-side inline
 * fields per disagreement) and one embed listing the sources cited on that page. Long answers are split into pages
 * that each respect every Discord limit; "Previous"/"More" buttons carry the page to show in their `custom_id`.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Answer, Citation, Conflict } from '../answers/index.ts';
import {
  BUTTON_LABEL_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FOOTER_MAX,
  EMBED_TITLE_MAX,
  MESSAGE_CONTENT_MAX,
  MESSAGE_EMBEDS_TOTAL_MAX,
} from './limits.ts';

/** Characters of notes and suggestions shown above the snippets, so one page still has room for snippets. */
const NOTES_BUDGET = 1500;
/** Characters of one line in the sources list, so one source with a huge byline cannot crowd out the others. */
const SOURCE_LINE_MAX = 400;
/** Accent colour of answer embeds (Discord blurple) and of "nothing found" embeds (grey). */
const COLOUR_ANSWER = 0x5865f2;
const COLOUR_EMPTY = 0x99aab5;
const ELLIPSIS = '…';

/** The JSON body of one Discord message, ready for `reply`, `editReply`, `followUp` or `update`. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** Always `{ parse: [] }`: snippets quote people and must never ping anyone. */
  allowedMentions: { parse: [] };
}

/** Options of {@link renderDiscord}. */
export interface DiscordRenderOptions {
  /** 0-based page to render; clamped to the last page. Default 0. */
  page?: number;
  /**
   * Builds the `custom_id` of a button leading to `page`, or null when no id fits (then no button is shown).
   * Without it, no paging buttons are shown.
   */
  pageId?: (page: number) => string | null;
}

/** A rendered page and where it sits among the answer's pages. */
export interface DiscordRender {
  readonly message: DiscordMessage;
  /** The page rendered (after clamping), 0-based. */
  readonly page: number;
  readonly pages: number;
}

/** Inline Markdown characters; escaped so verbatim snippets display verbatim. */
const INLINE_MARKDOWN = /[\\*_~`|]/g;
/** Markdown that only acts at the start of a line (headings, lists, quotes). */
const LINE_START_MARKDOWN = /^(\s*)([#>-])/gm;

/**
 * Escapes Markdown so `text` displays literally in a Discord embed. Only characters Discord would interpret are
 * escaped, so ordinary punctuation ("8,000-14,000") stays as written.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE_MARKDOWN, (c) => `\\${c}`).replace(LINE_START_MARKDOWN, '$1\\$2');
}

/**
 * Shortens `text` to at most `max` characters, cutting at the last whitespace when that keeps at least half the
 * budget (else mid-word), never inside a surrogate pair, and marking the cut with an ellipsis.
 */
export function truncateAtWord(text: string, max: number): string {
  if (max < 1) return '';
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  let cut = text.slice(0, room);
  // When the cut already falls between words there is nothing to back off from.
  const atBoundary = /\s/.test(text.charAt(room));
  const space = cut.search(/\s\S*$/);
  if (!atBoundary && space >= room / 2) cut = cut.slice(0, space);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** Truncation that also drops a dangling escape backslash left at the cut. */
function clip(text: string, max: number): string {
  const out = truncateAtWord(text, max);
  return out.endsWith(`\\${ELLIPSIS}`) ? `${out.slice(0, -2)}${ELLIPSIS}` : out;
}

/** Snippets can span wrapped lines; one line per item keeps the "snippet [n]" pairing readable and parseable. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` on one line, shortened to `max`, or `fallback` when nothing visible is left (Discord rejects blank fields). */
function visible(text: string | null | undefined, max: number, fallback: string): string {
  const line = oneLine(text ?? '');
  return line === '' ? fallback : clip(line, max);
}

/** Characters of a label before the snippet, so a long label never crowds out the quotation itself. */
const LABEL_MAX = 200;

/**
 * `[**label**: ]snippet [n]` within `max` characters. Only the snippet is shortened (at a word boundary), so the
 * citation number always survives: a cut snippet is still a verbatim prefix followed by its source.
 */
export function citedLine(snippet: string, citation: number, max: number, label?: string): string {
  const shown = oneLine(label ?? '');
  const prefix = shown ? `**${clip(escapeMarkdown(shown), LABEL_MAX)}**: ` : '';
  const suffix = ` [${citation}]`;
  return `${prefix}${clip(escapeMarkdown(oneLine(snippet)), max - prefix.length - suffix.length)}${suffix}`;
}

/** A field plus the citations its text refers to, so each page lists exactly the sources it cites. */
interface Block {
  readonly field: APIEmbedField;
  readonly cites: readonly number[];
}

/** Packs lines into fields of at most {@link EMBED_FIELD_VALUE_MAX}; an over-long line is truncated on its own. */
function packLines(heading: string, lines: readonly { text: string; cite: number }[]): Block[] {
  // Each line is at most a field value long (see citedLine), so a line always fits an empty field.
  const blocks: Block[] = [];
  let value = '';
  let cites: number[] = [];
  const flush = () => {
    if (value === '') return;
    const shown = visible(heading, EMBED_FIELD_NAME_MAX - ' (continued)'.length, 'Results');
    const name = blocks.length === 0 ? shown : `${shown} (continued)`;
    // `inline` is always explicit so every field has the same JSON shape, whatever the data.
    blocks.push({ field: { name, value, inline: false }, cites });
    value = '';
    cites = [];
  };
  for (const line of lines) {
    const text = line.text;
    if (value !== '' && value.length + 1 + text.length > EMBED_FIELD_VALUE_MAX) flush();
    value = value === '' ? text : `${value}\n${text}`;
    cites.push(line.cite);
  }
  flush();
  return blocks;
}

/** A claim as `**value**` over its cited snippet, within one field value. */
function claimValue(value: string, snippet: string, citation: number): string {
  const shown = oneLine(value);
  const head = shown ? `**${clip(escapeMarkdown(shown), LABEL_MAX)}**\n` : '';
  return `${head}${citedLine(snippet, citation, EMBED_FIELD_VALUE_MAX - head.length)}`;
}

function conflictBlocks(conflict: Conflict): Block[] {
  const head: Block = {
    field: {
      name: visible(`Sources disagree: ${oneLine(conflict.subject)}`, EMBED_FIELD_NAME_MAX, 'Sources disagree'),
      value: 'Claims side by side:',
      inline: false,
    },
    cites: [],
  };
  const claims = conflict.claims.map((claim) => ({
    field: {
      name: visible(claim.claimant, EMBED_FIELD_NAME_MAX, 'The reporting'),
      value: claimValue(claim.value, claim.snippet, claim.citation),
      inline: true,
    },
    cites: [claim.citation],
  }));
  return [head, ...claims];
}

/** A masked link only for web URLs; parentheses are encoded so they cannot end the link early. */
function safeUrl(url: string | null): string | null {
  if (url === null || !/^https?:\/\/\S+$/i.test(url)) return null;
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** One line of the sources list: number, publisher, byline, date, paragraph, and the title linked when possible. */
export function citationLine(c: Citation): string {
  const title = escapeMarkdown(oneLine(c.title ?? c.article)).replace(/[[\]]/g, '\\$&');
  const url = safeUrl(c.url);
  const linked = url ? `[${title}](${url})` : `*${title}*`;
  const head = `**[${c.n}]**`;
  const story = c.story ? `story: ${escapeMarkdown(oneLine(c.story))}` : null;
  const tail = [`¶${c.paragraph}`, linked];
  // Optional parts, dropped from the least useful when a line is too long; the title is what identifies the source.
  const publisher = c.publisher ? escapeMarkdown(oneLine(c.publisher)) : null;
  const byline = c.byline.length > 0 ? escapeMarkdown(oneLine(c.byline.join(', '))) : null;
  const attempts = [
    [publisher, byline, c.date, story],
    [publisher, c.date, story],
    [c.date, story],
    [publisher, byline, c.date],
    [publisher, c.date],
    [c.date],
  ];
  for (const optional of attempts) {
    const line = [head, [...optional.filter((p): p is string => p !== null), ...tail].join(' · ')].join(' ');
    if (line.length <= SOURCE_LINE_MAX) return line;
  }
  // Only a title longer than the budget gets here: shortened, and unlinked so no cut leaves broken Markdown.
  return `${head} ¶${c.paragraph} · *${clip(title, SOURCE_LINE_MAX - head.length - 20).replace(/\\$/, '')}*`;
}

function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Total characters Discord counts against {@link MESSAGE_EMBEDS_TOTAL_MAX}. */
export function messageEmbedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((sum, e) => sum + embedLength(e), 0);
}

function notesText(answer: Answer): string {
  const lines = answer.notes.map((n) => escapeMarkdown(oneLine(n)));
  if (answer.empty) {
    const searched = Object.entries(answer.query)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => `${k}: ${escapeMarkdown(oneLine(String(v)))}`);
    if (searched.length > 0) lines.push(`Searched: ${searched.join(', ')}`);
  }
  if (answer.suggestions.length > 0) {
    lines.push(`Try: ${answer.suggestions.map((x) => escapeMarkdown(oneLine(x))).join(', ')}`);
  }
  // Whole lines are kept or dropped so a note never ends in a cut; only a single huge first line is shortened.
  let text = '';
  for (const line of lines) {
    const next = text === '' ? line : `${text}\n${line}`;
    if (next.length > NOTES_BUDGET) return text === '' ? clip(line, NOTES_BUDGET) : text;
    text = next;
  }
  return text;
}

/**
 * Content as groups of blocks: each section field is its own group (a long section may flow over pages), while a
 * disagreement is one group, so its claims stay side by side on one page whenever they fit on one.
 */
function contentGroups(answer: Answer): Block[][] {
  const sections = answer.sections.flatMap((s) =>
    packLines(
      s.heading,
      s.items.map((item) => ({
        text: citedLine(item.snippet, item.citation, EMBED_FIELD_VALUE_MAX, item.label),
        cite: item.citation,
      })),
    ).map((block) => [block]),
  );
  return [...sections, ...answer.conflicts.map(conflictBlocks)];
}

const FOOTER_RESERVE = 40;

/** Sources embed for the given citation numbers, cut to what the page has left. */
function sourcesEmbed(citations: readonly Citation[], numbers: ReadonlySet<number>, budget: number): APIEmbed | null {
  const title = 'Sources';
  const lines = citations.filter((c) => numbers.has(c.n)).map(citationLine);
  if (lines.length === 0) return null;
  const room = Math.min(EMBED_DESCRIPTION_MAX, budget - title.length);
  let description = '';
  for (const [i, line] of lines.entries()) {
    const rest = `\n…and ${lines.length - i} more (see /sources)`;
    const next = description === '' ? line : `${description}\n${line}`;
    const tailRoom = i === lines.length - 1 ? 0 : rest.length;
    if (next.length + tailRoom > room) {
      description = `${description}${description === '' ? rest.trimStart() : rest}`;
      if (description.length > room) return null;
      break;
    }
    description = next;
  }
  return { title, description, color: COLOUR_ANSWER };
}

function citationCost(c: Citation | undefined): number {
  return c ? citationLine(c).length + 1 : 0;
}

/** Splits groups of blocks into pages so that each page's embeds fit in {@link MESSAGE_EMBEDS_TOTAL_MAX}. */
function paginate(answer: Answer, groups: readonly (readonly Block[])[], firstPageExtra: number): Block[][] {
  const byNumber = new Map(answer.citations.map((c) => [c.n, c]));
  const fixed = EMBED_TITLE_MAX + FOOTER_RESERVE + 'Sources'.length;
  const pages: Block[][] = [];
  let page: Block[] = [];
  let cost = fixed + firstPageExtra;
  let cited = new Set<number>();
  const costOf = (blocks: readonly Block[], known: ReadonlySet<number>) => {
    const cites = new Set(blocks.flatMap((b) => b.cites).filter((n) => !known.has(n)));
    const text = blocks.reduce((sum, b) => sum + b.field.name.length + b.field.value.length, 0);
    return text + [...cites].reduce((sum, n) => sum + citationCost(byNumber.get(n)), 0);
  };
  const fits = (blocks: readonly Block[]) =>
    page.length + blocks.length <= EMBED_FIELDS_MAX && cost + costOf(blocks, cited) <= MESSAGE_EMBEDS_TOTAL_MAX;
  const newPage = () => {
    pages.push(page);
    page = [];
    cited = new Set();
    cost = fixed;
  };
  for (const group of groups) {
    // A group that fits a fresh page is never split: it moves to the next page whole.
    if (page.length > 0 && !fits(group)) newPage();
    for (const block of group) {
      if (page.length > 0 && !fits([block])) newPage();
      cost += costOf([block], cited);
      page.push(block);
      for (const n of block.cites) cited.add(n);
    }
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

function buttons(page: number, pages: number, pageId: DiscordRenderOptions['pageId']) {
  if (pages <= 1 || pageId === undefined) return { rows: [], missing: false };
  const row: APIButtonComponent[] = [];
  let missing = false;
  const add = (target: number, label: string) => {
    const id = pageId(target);
    if (id === null) missing = true;
    else
      row.push({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: id,
        label: clip(label, BUTTON_LABEL_MAX),
      });
  };
  if (page > 0) add(page - 1, 'Previous');
  if (page < pages - 1) add(page + 1, `More (${page + 2}/${pages})`);
  const rows: APIActionRowComponent<APIButtonComponent>[] =
    row.length > 0 ? [{ type: ComponentType.ActionRow, components: row }] : [];
  return { rows, missing };
}

/**
 * Renders one page of `answer` for Discord. Every page respects Discord's limits (see `limits.ts`): titles,
 * descriptions, fields and footers are truncated at a word boundary, and content is split over pages so that no
 * message exceeds the per-message embed total. Mentions are never parsed.
 */
export function renderDiscord(answer: Answer, options: DiscordRenderOptions = {}): DiscordRender {
  const notes = notesText(answer);
  const groups = answer.empty ? [] : contentGroups(answer);
  const pages = paginate(answer, groups, notes.length);
  const page = Math.min(Math.max(0, Math.trunc(options.page ?? 0)), pages.length - 1);
  const pageBlocks = pages[page] ?? [];
  const { rows, missing } = buttons(page, pages.length, options.pageId);

  const footerParts: string[] = [];
  if (pages.length > 1) footerParts.push(`Page ${page + 1}/${pages.length}`);
  if (missing) footerParts.push('Narrow the query to see the rest');
  if (!answer.empty && answer.citations.length > 0) footerParts.push('Verbatim snippets; [n] = source');
  const main: APIEmbed = {
    title: visible(answer.title, EMBED_TITLE_MAX, `/${answer.command}`),
    color: answer.empty ? COLOUR_EMPTY : COLOUR_ANSWER,
  };
  if (page === 0 && notes !== '') main.description = clip(notes, EMBED_DESCRIPTION_MAX);
  if (pageBlocks.length > 0) main.fields = pageBlocks.map((b) => b.field).slice(0, EMBED_FIELDS_MAX);
  if (footerParts.length > 0) main.footer = { text: clip(footerParts.join(' · '), EMBED_FOOTER_MAX) };
  if (main.description === undefined && main.fields === undefined) {
    main.description = answer.empty ? 'Nothing matched.' : 'No snippets to show.';
  }

  const cited = new Set(pageBlocks.flatMap((b) => b.cites));
  const sources = sourcesEmbed(answer.citations, cited, MESSAGE_EMBEDS_TOTAL_MAX - embedLength(main));
  const embeds = sources ? [main, sources] : [main];
  return { message: { embeds, components: rows, allowedMentions: { parse: [] } }, page, pages: pages.length };
}

/**
 * The message with the picture of a file attached to it (`filename`) shown in its first embed, where Discord draws
 * an embed image full width under the fields.
 */
export function withImage<T extends DiscordMessage>(message: T, filename: string): T {
  const [main, ...rest] = message.embeds;
  if (!main) return message;
  return { ...message, embeds: [{ ...main, image: { url: `attachment://${filename}` } }, ...rest] };
}

/** A plain ephemeral-style text message (errors, cooldowns), cut to Discord's content limit. */
export function renderNotice(text: string): DiscordMessage {
  return { content: clip(text, MESSAGE_CONTENT_MAX), embeds: [], components: [], allowedMentions: { parse: [] } };
}
