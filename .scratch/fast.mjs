import { readFileSync } from 'node:fs';
const { parseReport } = await import('/work/main/dist/index.js');
const r = parseReport(readFileSync('/work/main/corpus/seed-luohe-2021.txt','utf8'));
for (const k of ['t2','t3','t4']) { const t=r.tables[k]; console.log(k, Object.keys(t.rows).length, %HasFastProperties(t.rows), Object.values(t.rows).filter(Boolean).map(x=>%HasFastProperties(x.cells)).every(Boolean)); }
