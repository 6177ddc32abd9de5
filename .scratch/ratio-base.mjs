import { readFileSync } from 'node:fs';
const { parseReport } = await import('/tmp/base/dist/index.js');
const { ConverterBuilder } = await import('opencc-js/core'); const t2cn = await import('opencc-js/preset/t2cn');
const conv = ConverterBuilder(t2cn)({from:'t',to:'cn'});
const seed = readFileSync(process.argv[2] ?? '/work/main/corpus/seed-luohe-2021.txt','utf8');
const blk=(f,n)=>{const t=performance.now(); for(let i=0;i<n;i++)f(); return (performance.now()-t)/n;};
for (let i=0;i<2000;i++){parseReport(seed);conv(seed);}
const ratios=[], ps=[], cs=[];
for (let r=0;r<40;r++){ const c1=blk(()=>conv(seed),150); const p=blk(()=>parseReport(seed),150); const c2=blk(()=>conv(seed),150); ratios.push(p/((c1+c2)/2)); ps.push(p); cs.push((c1+c2)/2);}
const med=a=>a.slice().sort((x,y)=>x-y)[a.length>>1];
console.log('ratio', med(ratios).toFixed(2), 'parse', (med(ps)*1000).toFixed(0),'µs', 'opencc', (med(cs)*1000).toFixed(0),'µs');
