/**
 * An expected problem caused by the user's input (nothing matched, an option out of range): shown to the user as
 * is, ephemerally, and logged at debug level only. Anything else that escapes a command is a bug.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** A stable identifier for logs and tests (`nothing-matched`, `bad-option`, `cooldown`…). */
  readonly id: string;

  /**
   * @param id - stable identifier of the kind of problem.
   * @param message - the text the user reads; plain, one or two sentences, saying what to do next.
   */
  constructor(id: string, message: string) {
    super(message);
    this.id = id;
  }
}

/** Whether `error` is a {@link UserError}, also across module copies (duck-typed on name and id). */
export function isUserError(error: unknown): error is UserError {
  return (
    error instanceof UserError ||
    (error instanceof Error && error.name === 'UserError' && typeof (error as { id?: unknown }).id === 'string')
  );
}
