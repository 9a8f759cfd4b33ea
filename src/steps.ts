/**
 * Stepped computations: generators that yield between steps, so a long piece of work can be spread over turns of
 * the event loop, or run at once where nothing else waits.
 */

/** Runs a stepped computation to its end, at once. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
