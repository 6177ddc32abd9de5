import { readFileSync } from 'node:fs';
const seed = readFileSync('/work/main/corpus/seed-luohe-2021.txt','utf8');
function a(text){ let c=0; for(let i=text.indexOf('\t');i>=0;i=text.indexOf('\t',i+1)) c++; return c;}
function b(text){ let c=0; for(let i=0;i<text.length;i++) if(text.charCodeAt(i)===9) c++; return c;}
function d(text){ let c=0; const re=/\t/g; while(re.exec(text)) c++; return c;}
console.log(a(seed), b(seed));
for (const [n,f] of [['indexOf',a],['loop',b],['regex',d]]) { for(let i=0;i<3000;i++)f(seed); const N=20000; const t=performance.now(); for(let i=0;i<N;i++)f(seed); console.log(n,((performance.now()-t)/N*1000).toFixed(2),'µs'); }
