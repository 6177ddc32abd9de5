import { readFileSync } from 'node:fs';
const { parseReport } = await import('/work/main/dist/index.js');
const { ConverterBuilder } = await import('opencc-js/core'); const t2cn = await import('opencc-js/preset/t2cn');
const conv = ConverterBuilder(t2cn)({from:'t',to:'cn'});
const seed = readFileSync(process.argv[2] ?? '/work/main/corpus/seed-luohe-2021.txt','utf8');
for (let i=0;i<3000;i++){parseReport(seed); conv(seed);}
globalThis.__T = {};
const N=20000; let c=0; const t0=performance.now(); for(let i=0;i<N;i++){parseReport(seed);} const tp=performance.now()-t0;
const t1=performance.now(); for(let i=0;i<N;i++){conv(seed);} const tc=performance.now()-t1;
console.log('parse', (tp/N*1000).toFixed(1), 'opencc', (tc/N*1000).toFixed(1), 'ratio', (tp/tc).toFixed(2));
for (const [k,v] of Object.entries(globalThis.__T)) console.log(k.padEnd(24), (v/N*1000).toFixed(1).padStart(6),'µs', (v/tc*100).toFixed(1).padStart(6),'% of opencc');
