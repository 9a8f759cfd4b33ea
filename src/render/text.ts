import type { Answer, AnswerItem, Conflict } from '../answers/index.ts';
import { citationParts, claimantName } from './citation.ts';

function item(i: AnswerItem): string {
  return i.label ? `  • ${i.label}: ${i.snippet} [${i.citation}]` : `  • ${i.snippet} [${i.citation}]`;
}

function conflict(c: Conflict): string[] {
  return [
    `${c.subject}: the sources differ`,
    ...c.claims.flatMap((claim) => [
      `  • ${claim.value}, per ${claimantName(claim.claimant)} [${claim.citation}]`,
      `      ${claim.snippet}`,
    ]),
  ];
}

/**
 * Plain text for a terminal: title, side-by-side conflicts, sections of cited snippets, notes, suggestions, then
 * the footnotes ([1] publisher · byline · date · paragraph). Snippets are printed exactly as cited.
 */
export function renderText(answer: Answer): string {
  const out: string[] = [answer.title, '='.repeat(Math.min(answer.title.length, 72))];
  for (const c of answer.conflicts) out.push('', ...conflict(c));
  for (const s of answer.sections) out.push('', s.heading, ...s.items.map(item));
  if (answer.notes.length > 0) out.push('', ...answer.notes);
  if (answer.suggestions.length > 0) out.push('', `Try: ${answer.suggestions.join('  |  ')}`);
  if (answer.citations.length > 0) {
    out.push('', 'Sources');
    for (const c of answer.citations) out.push(`[${c.n}] ${citationParts(c).join(' · ')}${c.url ? ` · ${c.url}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
