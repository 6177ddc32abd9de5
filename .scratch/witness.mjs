import { readFileSync } from 'node:fs';
import * as t2cn from 'opencc-js/preset/t2cn';
const config = t2cn.configs.t2s;
const entries=[];
for (const chain of [config.conversionChain, config.normalizationChain ?? []]) for (const g of chain) for (const d of g) {
  if (typeof d==='string') { if(d) for (const l of d.split('|')) { const [a,b]=l.split(' '); entries.push([a,b]); } } else for (const e of d) entries.push(e);
}
const wit=new Set(), key=new Set();
for (const [k,v] of entries){ const K=Array.from(k), V=Array.from(v); for(const c of K) key.add(c); if(k===v) continue; let w=K[0]; for(let i=0;i<K.length;i++) if(K[i]!==V[i]){w=K[i];break;} wit.add(w);}
console.log('entries',entries.length,'keys',key.size,'witness',wit.size, 'astral wit', [...wit].filter(c=>c.length>1).length);
const cps=[...wit].map(c=>c.codePointAt(0)).sort((a,b)=>a-b);
let ranges=[]; for(const c of cps){ const r=ranges[ranges.length-1]; if(r&&r[1]===c-1) r[1]=c; else ranges.push([c,c]); }
console.log('ranges',ranges.length);
const esc=(c)=>'\\u{'+c.toString(16)+'}';
const re=new RegExp('['+ranges.map(([a,b])=>a===b?esc(a):esc(a)+'-'+esc(b)).join('')+']','u');
const seed=readFileSync('corpus/seed-luohe-2021.txt','utf8');
const clean=seed.replace(/瀘/g,'泸');
console.log(re.test(seed), re.test(clean));
for (const [name,f] of [['test seed',()=>re.test(seed)],['test clean',()=>re.test(clean)]]) {
for(let i=0;i<5000;i++)f(); const N=50000; const t=performance.now(); for(let i=0;i<N;i++)f(); console.log(name,((performance.now()-t)/N*1000).toFixed(2),'µs');}
// key ranges
const kc=[...key].map(c=>c.codePointAt(0)).sort((a,b)=>a-b); let kr=[]; for(const c of kc){ const r=kr[kr.length-1]; if(r&&r[1]===c-1) r[1]=c; else kr.push([c,c]); }
console.log('key ranges', kr.length);
