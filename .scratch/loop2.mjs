import { readFileSync } from 'node:fs';
const seed = readFileSync('/work/main/corpus/seed-luohe-2021.txt','utf8');
const st = new Uint8Array(65536);
function scan(s, st){let c=0; const n=s.length; for(let i=0;i<n;i++){const u=s.charCodeAt(i); if(u<0xa0? u!==13 : (u<0xd800||u>0xdfff)&&st[u]===1) continue; c++;} return c;}
function scan2(s){let c=0; const n=s.length; for(let i=0;i<n;i++){c+=s.charCodeAt(i);} return c;}
for (const [name,f] of [['scan',()=>scan(seed,st)],['sum',()=>scan2(seed)]]) {
for(let i=0;i<5000;i++)f(); const N=50000; const t=performance.now(); for(let i=0;i<N;i++)f(); console.log(name,((performance.now()-t)/N*1000).toFixed(2),'µs');}
