import { parseArgs } from 'node:util';
import { loadKnowledge } from '../knowledge/load.ts';

/** `briefing validate [--knowledge DIR]`: prints every problem in the knowledge folder; exit 1 if any. */
export async function runValidate(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      knowledge: { type: 'string', default: process.env.KNOWLEDGE_DIR || 'knowledge' },
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
  const { articles, problems } = await loadKnowledge(values.knowledge);
  for (const p of problems) {
    process.stdout.write(`${p.path}: ${p.field ? `[${p.field}] ` : ''}${p.message}\n`);
  }
  const paragraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const summary = `${articles.length} article(s), ${paragraphs} paragraph(s) loaded; ${problems.length} problem(s)`;
  process.stdout.write(`${problems.length === 0 ? 'ok' : 'FAILED'}: ${summary} in ${values.knowledge}\n`);
  return problems.length === 0 && articles.length > 0 ? 0 : 1;
}
