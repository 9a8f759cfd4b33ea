/**
 * `npm run deploy-commands`: registers the commands of `commands/index.ts` with Discord (see `src/discord/deploy.ts`
 * for where they go and when to run it).
 */
import { runDeploy } from '../src/discord/index.ts';
import { commands } from './index.ts';

process.exitCode = await runDeploy(commands);
