/**
 * Whoever holds an office a speech question asks of a body or a person ("Goldman's CFO", "DeSantis's press
 * secretary"): their words answer, not the body's other voices (the chief executive's are not the finance chief's)
 * nor the person's own.
 */
import { type FoundName, findName } from './asked-names.ts';
import { holdsOffice } from './asked-offices.ts';
import type { AnswerContext } from './context.ts';
import { type Person, people } from './people.ts';

/**
 * The one who holds the office asked for `owner` (found as the name typed before the office), found as a name of the knowledge and shown as answering for the office
 * asked; null when no article gives anyone that office beside the owner. Those who speak for the owner (`voices`)
 * come first; then anyone with the office in the owner's articles, the most mentioned there first.
 */
export function officeHolderAsked(
  ctx: AnswerContext,
  owner: FoundName,
  asked: { readonly owner: string; readonly office: string },
  voices: ReadonlySet<string>,
): FoundName | null {
  const { office } = asked;
  const holders = people(ctx.whole ?? ctx).filter(
    (p) => p.kind === 'person' && holdsOffice([...p.roles, ...p.aliases], office),
  );
  // A voice is written by name or by an alias ("Scott D. Sheffield"), as quotations write their speakers.
  const speaking = holders.filter((p) => [p.name, ...p.aliases].some((n) => voices.has(n)));
  const mentionsByOwner = (p: Person) => p.mentions.filter((m) => owner.articles.has(m.article)).length;
  const beside = holders.filter((p) => mentionsByOwner(p) > 0);
  const holder = (speaking.length > 0 ? speaking : beside).sort((a, b) => mentionsByOwner(b) - mentionsByOwner(a))[0];
  if (!holder) return null;
  const found = findName(ctx, { text: holder.name, capitalised: true, acronym: false });
  return found
    ? { ...found, asked: { ...owner.asked, text: `${asked.owner}'s ${office}` }, corrected: holder.name }
    : null;
}
