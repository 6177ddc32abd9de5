import { readFileSync } from 'node:fs';
const m = await import('/work/main/dist/index.js');
const seed = readFileSync('/work/main/corpus/seed-luohe-2021.txt','utf8');
const st = new Uint8Array(65536);
const time=(name,f)=>{for(let i=0;i<5000;i++)f(); const N=20000; const t=performance.now(); let x=0; for(let i=0;i<N;i++)x+=f()?1:0; console.log(name.padEnd(20),((performance.now()-t)/N*1000).toFixed(2),'µs');};
time('loop', ()=>{let c=0; for(let i=0;i<seed.length;i++){const u=seed.charCodeAt(i); if(u<0xa0? u!==13 : (u<0xd800||u>0xdfff)&&st[u]===1) continue; c++;} return c;});
time('fold', ()=>m.foldChars(seed));
time('fold ascii', ()=>m.foldChars('abc'.repeat(900)));
