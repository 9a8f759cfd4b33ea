/**
 * `src/cli`: the text front doors: the `briefing` command (`main.ts`, the bin's entry: one subcommand per catalogue
 * read command, plus validate, facts, post and console) and the local console that `npm start` runs without a
 * Discord token. Flags, `--help`, and the console's `/command name:value` lines are all derived from the command
 * catalogue. May import every layer below the front doors; never `src/discord` or `commands/`.
 */
export { type Format, openService, render } from './answer.ts';
export { CLI_COMMAND_SPECS, CONSOLE_COMMAND_SPECS, UsageError } from './commands.ts';
export { CONNECT_HINT, type ConsoleOptions, consoleChartDir, runConsole } from './console.ts';
export { parseSlash, type SlashLine } from './slash.ts';
