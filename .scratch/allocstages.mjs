import { readFileSync } from 'node:fs';
const m = await import('/work/main/dist/index.js');
const seed = readFileSync('/work/main/corpus/seed-luohe-2021.txt','utf8');
const norm = m.normalise(seed).text;
const t2s = norm.indexOf('二、'), t5 = norm.indexOf('五、');
const T=m.TEMPLATE_2021; const r=m.parseReport(seed);
const tabs={2:{def:T.tables.t2,record:r.tables.t2},3:{def:T.tables.t3,record:r.tables.t3},4:{def:T.tables.t4,record:r.tables.t4}};
const stages = {
  parseReport: ()=>m.parseReport(seed),
  normalise: ()=>m.normalise(seed),
  headings: ()=>m.resolveHeadings(m.findHeadingCandidates(norm)),
  bodyvariants: ()=>m.normaliseBodyVariants(norm,'漯河回族自治县人民政府'),
  splitCellsTables: ()=>m.splitCells(norm,t2s,t5),
  runChecks: ()=>m.runChecks(T.rules,tabs),
  subsections: ()=>m.findSubsections(norm,0,t2s),
  toCells: ()=>m.toCells(r),
};
for (const [name,f] of Object.entries(stages)) {
  for (let i=0;i<500;i++) f();
  let total=0; for (let b=0;b<30;b++){ globalThis.gc(); const a=process.memoryUsage().heapUsed; for(let i=0;i<20;i++) f(); total+=process.memoryUsage().heapUsed-a; }
  console.log(name.padEnd(18), Math.round(total/600/1024*10)/10, 'KB');
}
