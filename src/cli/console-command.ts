import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openService } from './answer.ts';
import { consoleChartDir, runConsole } from './console.ts';

/** `briefing console [--knowledge DIR] [--format text|markdown]`: the local console without going through `npm start`. */
export async function runConsoleCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { knowledge: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(
      'usage: briefing console [--knowledge DIR] [--format text|markdown]\n\nAnswers slash commands typed (or piped) one per line: /quotes speaker:Peskov, /estimates troops, /help.\n',
    );
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'markdown') {
    process.stderr.write(`briefing console: --format must be text or markdown, not "${format.slice(0, 20)}".\n`);
    return 2;
  }
  const service = await openService(values.knowledge);
  return runConsole({
    chartDir: consoleChartDir(loadConfig().cacheDir),
    service,
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY),
    notices: process.stderr,
    format,
  });
}
