import { createBriefingService } from '/work/wt/qa/src/service/index.ts';
import { readQuestion } from '/work/wt/qa/src/answers/question.ts';
const s = await createBriefingService({ knowledgeDir: 'knowledge' });
for (const q of process.argv.slice(2)) { console.log(JSON.stringify(readQuestion(q, () => false))); const a = s.answer('search', { question: q, limit: 3 }); console.log(a.notes.join(' | '), '\n  ', a.sections.flatMap(x=>x.items.map(i=>i.snippet.slice(0,90))).join(' || ')); }
