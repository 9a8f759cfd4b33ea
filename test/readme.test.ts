/**
 * The README's command table stays true: every command it lists is in the catalogue, its options are the
 * catalogue's (as help shows them), and its example is one the console accepts (Discord-only commands: one that
 * names the command). Completeness is not asserted, so a new command does not need a README edit to pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offeredIn, usageOf } from '../src/answers/index.ts';
import { parseSlash } from '../src/cli/index.ts';
import { COMMANDS } from '../src/workflows/index.ts';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

/** Rows of the commands table: `| \`/name [opts]\` | what | \`example\` |`. */
const ROWS = [...README.matchAll(/^\| `(\/[^`]+)` \| [^|]+ \| `([^`]+)` \|$/gm)].map((m) => ({
  usage: m[1] ?? '',
  example: m[2] ?? '',
}));

describe('README', () => {
  it('has a command table', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(5);
  });

  it.each(ROWS.map((r) => [r.usage, r] as const))(
    'lists %s as the catalogue has it, with a working example',
    (_u, row) => {
      const name = row.usage.slice(1).split(' ')[0] ?? '';
      const spec = COMMANDS.find((c) => c.name === name);
      expect(spec, `${name} is not in the catalogue`).toBeDefined();
      if (!spec) return;
      expect(row.usage).toBe(usageOf(spec));
      if (offeredIn('console', spec)) expect(parseSlash(row.example)).toMatchObject({ command: name });
      else expect(row.example.startsWith(`/${name}`)).toBe(true);
    },
  );

  it('gives the two commands to set up and the one to test', () => {
    for (const command of ['npm ci', 'npm start', 'npm test']) expect(README).toContain(command);
  });
});
