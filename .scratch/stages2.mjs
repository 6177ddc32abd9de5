import { readFileSync } from 'node:fs';
const dist = process.argv[2] ?? '/work/main/dist/index.js';
const m = await import(dist);
const { ConverterBuilder } = await import('opencc-js/core'); const t2cn = await import('opencc-js/preset/t2cn');
const conv = ConverterBuilder(t2cn)({from:'t',to:'cn'});
const seed = readFileSync('/work/main/corpus/seed-luohe-2021.txt','utf8');
const norm = m.normalise(seed);
const blk=(f,n)=>{const t=performance.now(); for(let i=0;i<n;i++)f(); return (performance.now()-t)/n;};
const med=a=>a.slice().sort((x,y)=>x-y)[a.length>>1];
const stages = {
  parseReport: ()=>m.parseReport(seed),
  normalise: ()=>m.normalise(seed),
  foldChars: ()=>m.foldChars(seed),
  headings: ()=>m.resolveHeadings(m.findHeadingCandidates(norm.text)),
  subsections: ()=>m.findSubsections(norm.text,0,norm.text.length),
  bodyvariants: ()=>m.normaliseBodyVariants(norm.text,'漯河回族自治县人民政府'),
  splitCellsAll: ()=>m.splitCells(norm.text,0,norm.text.length),
  readInput: ()=>m.readInput(seed),
  runChecks: (()=>{ const r=m.parseReport(seed); const T=m.TEMPLATE_2021; const t={2:{def:T.tables.t2,record:r.tables.t2},3:{def:T.tables.t3,record:r.tables.t3},4:{def:T.tables.t4,record:r.tables.t4}}; return ()=>m.runChecks(T.rules,t);})(),
};
for (const f of Object.values(stages)) for(let i=0;i<1000;i++) f();
for (let i=0;i<1000;i++) conv(seed);
for (const [name,f] of Object.entries(stages)) {
  const rs=[]; for (let r=0;r<15;r++){ const c=blk(()=>conv(seed),100); const p=blk(f,100); const c2=blk(()=>conv(seed),100); rs.push(p/((c+c2)/2)); }
  console.log(name.padEnd(16), (med(rs)*100).toFixed(1).padStart(6), '% of opencc');
}
