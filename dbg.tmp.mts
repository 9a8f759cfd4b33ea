import { createBriefingService } from '/work/wt/qa/src/service/index.ts';
import { ask } from '/work/wt/qa/src/answers/ask.ts';
const [dir, ...qs] = process.argv.slice(2);
const s = await createBriefingService({ knowledgeDir: dir, cacheDir: '/tmp/qacache' + dir.replace(/\//g, '_') });
// @ts-ignore
const ctx = (s as any).__ctx?.() ;
for (const q of qs) { const a = s.answer('search', { question: q, limit: 3 }); console.log('Q', q, '\n  ', a.notes.join(' | '), '\n  ', a.sections.flatMap(x=>x.items.map(i=>i.snippet.slice(0,90))).join(' || ')); }
