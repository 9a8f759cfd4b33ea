import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { loadKnowledge } from '../knowledge/index.ts';

/** `briefing validate [--knowledge DIR]`: prints every problem in the knowledge folder; exit 1 if any. */
export async function runValidate(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      knowledge: { type: 'string' },
      help: { type: 'boolean' },
    },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(
      'briefing validate [--knowledge DIR]\n  Checks every article file; exits 1 if any is broken.\n',
    );
    return 0;
  }
  const knowledge = values.knowledge ?? loadConfig().knowledgeDir;
  const { articles, problems } = await loadKnowledge(knowledge);
  for (const p of problems) {
    process.stdout.write(`${p.path}: ${p.field ? `[${p.field}] ` : ''}${p.message}\n`);
  }
  const paragraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const summary = `${articles.length} article(s), ${paragraphs} paragraph(s) loaded; ${problems.length} problem(s)`;
  process.stdout.write(`${problems.length === 0 ? 'ok' : 'FAILED'}: ${summary} in ${knowledge}\n`);
  return problems.length === 0 && articles.length > 0 ? 0 : 1;
}
