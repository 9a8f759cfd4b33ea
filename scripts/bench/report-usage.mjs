/**
 * Preloaded into a measured process (`node --import …/report-usage.mjs`) by the CLI bench: when the process exits,
 * writes its resource usage (peak RSS among it, in kilobytes) as JSON to the file named by BRIEFING_USAGE_FILE.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BRIEFING_USAGE_FILE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
