import type { Answer, AnswerItem, Citation, Conflict } from '../answers/index.ts';
import { citationParts, claimantName } from './citation.ts';

/**
 * Escapes the characters Markdown would read as formatting, so a snippet renders exactly as the article wrote it
 * (an asterisk in a quote must not start italics).
 */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

function ref(n: number): string {
  return `[^${n}]`;
}

function item(i: AnswerItem): string {
  const snippet = escapeMarkdownText(i.snippet);
  return i.label
    ? `- **${escapeMarkdownText(i.label)}:** ${snippet} ${ref(i.citation)}`
    : `- ${snippet} ${ref(i.citation)}`;
}

function conflict(c: Conflict): string[] {
  return [
    `### ${escapeMarkdownText(c.subject)}: the sources differ`,
    '',
    '| Claim | Per | Source |',
    '| --- | --- | --- |',
    ...c.claims.map(
      (claim) =>
        `| ${escapeMarkdownText(claim.value)} | ${escapeMarkdownText(claimantName(claim.claimant))} | ${ref(claim.citation)} |`,
    ),
    '',
    ...c.claims
      .map((claim) => `> ${escapeMarkdownText(claim.snippet)} ${ref(claim.citation)}`)
      .join('\n>\n')
      .split('\n'),
  ];
}

function footnote(c: Citation): string {
  const parts = citationParts(c).map(escapeMarkdownText);
  const url = c.url && /^https?:\/\/\S+$/i.test(c.url) ? ` <${c.url}>` : '';
  return `[^${c.n}]: ${parts.join(' · ')}${url}`;
}

/**
 * Markdown with footnote citations: `[^1]` after each snippet and the footnotes (publisher, byline, date,
 * paragraph) at the end; conflicts as a table of claims followed by their quoted sentences.
 */
export function renderMarkdown(answer: Answer): string {
  const out: string[] = [`## ${escapeMarkdownText(answer.title)}`];
  for (const c of answer.conflicts) out.push('', ...conflict(c));
  for (const s of answer.sections) out.push('', `### ${escapeMarkdownText(s.heading)}`, '', ...s.items.map(item));
  if (answer.notes.length > 0) out.push('', ...answer.notes.map((n) => `_${escapeMarkdownText(n)}_`));
  if (answer.suggestions.length > 0) {
    out.push('', `Try: ${answer.suggestions.map((s) => `\`${s.replace(/`/g, "'")}\``).join(', ')}`);
  }
  if (answer.citations.length > 0) out.push('', ...answer.citations.map(footnote));
  return `${out.join('\n')}\n`;
}
