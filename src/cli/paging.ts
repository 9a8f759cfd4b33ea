import { type Answer, type CommandSpec, DEFAULT_PAGE_SIZE, PAGE_OPTION } from '../answers/index.ts';
import { pageOf } from '../render/page.ts';
import type { BriefingService, CommandName, CommandOptions } from '../service/index.ts';

/** Whether a command's long answers page in the text front doors (it has the `page` option). */
function isPaged(spec: CommandSpec): boolean {
  return spec.options.some((o) => o.name === PAGE_OPTION.name);
}

/** A command's answer in a text front door: the page printed, and the whole answer it was cut from. */
export interface TextAnswer {
  /** What is printed: the page asked for, or the whole answer when it is not paged. */
  readonly shown: Answer;
  /** The whole answer, which a chart is drawn from (the picture shows the answer, not one page of it). */
  readonly whole: Answer;
}

/**
 * Answers a command for a text front door: a paged command's `page` and `limit` (lines per page) choose the page
 * printed, the answer itself is asked for whole. JSON without `page`/`limit` stays whole (scripts want everything).
 * `next` says how to ask for another page in this front door (`--page 2`, `page:2`).
 */
export function answerForText(
  service: BriefingService,
  spec: CommandSpec & { readonly name: CommandName },
  options: CommandOptions,
  whole: boolean,
  next: (page: number) => string,
): TextAnswer {
  if (!isPaged(spec)) {
    const answer = service.answer(spec.name, options);
    return { shown: answer, whole: answer };
  }
  const { page, limit, ...rest } = options;
  const answer = service.answer(spec.name, rest);
  if (whole && page === undefined && limit === undefined) return { shown: answer, whole: answer };
  return { shown: pageOf(answer, Number(page ?? 1), Number(limit ?? DEFAULT_PAGE_SIZE), next), whole: answer };
}
