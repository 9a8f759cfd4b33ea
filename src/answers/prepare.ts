/**
 * Building a knowledge's answer lookups before anyone asks: the people directory and its name index, the folded
 * sentences and the articles by word, the quotations by speaker, the figures, the story list. Each is made once per
 * loaded knowledge on first use anyway; a long-running service makes them right after a load, one step per turn of
 * the event loop, so that the first questions after a start or a reload do not pay for them (seconds on a large
 * archive) and no step blocks the loop for long.
 */
import { byInitialsBuilder, knowledgeNameWordsBuilder, quotedRoles } from './asked-names.ts';
import type { AnswerContext } from './context.ts';
import { allFigureGroupsBuilder, figuresBuilder } from './estimates.ts';
import { prepareFolded } from './folded.ts';
import { nameIndexBuilder, peopleBuilder, quotingArticles } from './people.ts';
import { spokenBuilder } from './quotes.ts';
import { quotedSpeakersBuilder } from './search.ts';
import { definedShortFormsBuilder } from './short-forms.ts';
import { storiesAnswer } from './stories.ts';
import { sentenceLookupBuilder } from './who.ts';

/**
 * Makes the lookups of `ctx` (a whole-archive context), calling `pause` between steps: it yields to the event loop
 * and says whether to go on (false when the context was replaced meanwhile, so its lookups are no longer wanted).
 */
export async function prepareAnswers(ctx: AnswerContext, pause: () => Promise<boolean>): Promise<void> {
  if (!(await pause())) return;
  void ctx.facts;
  for (const builder of [
    peopleBuilder(ctx),
    nameIndexBuilder(ctx),
    figuresBuilder(ctx),
    knowledgeNameWordsBuilder(ctx),
    byInitialsBuilder(ctx),
    definedShortFormsBuilder(ctx),
    spokenBuilder(ctx),
    sentenceLookupBuilder(ctx),
    quotedSpeakersBuilder(ctx),
    allFigureGroupsBuilder(ctx),
  ])
    while (!builder.step()) if (!(await pause())) return;
  const steps: ReadonlyArray<() => unknown> = [
    () => quotedRoles(ctx),
    () => quotingArticles(ctx),
    () => storiesAnswer(ctx, {}),
  ];
  for (const step of steps) {
    if (!(await pause())) return;
    step();
  }
  await prepareFolded(ctx, pause);
}
