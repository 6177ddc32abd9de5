import { readFileSync } from 'node:fs';
const m = await import('/work/main/dist/index.js');
const seed = readFileSync('/work/main/corpus/seed-luohe-2021.txt','utf8');
const norm = m.normalise(seed).text;
const start = norm.indexOf('二、'), end = norm.indexOf('五、');
function floor(text, start, end) {
  const out=[]; let line=0;
  for (let pos=start; pos<end;) { let nl=text.indexOf('\n',pos); if(nl<0||nl>end) nl=end; let a=pos;
    for (let i=pos;i<=nl;i++){ if(i===nl||text.charCodeAt(i)===9){ out.push({text:text.slice(a,i),start:a,end:i,kind:'text',line,lineCells:0,explicit:true}); a=i+1;} }
    line++; pos=nl+1; }
  return out;
}
function floor2(text, start, end) {
  let n=0;
  for (let pos=start; pos<end;) { let nl=text.indexOf('\n',pos); if(nl<0||nl>end) nl=end; let a=pos;
    for (let i=pos;i<=nl;i++){ if(i===nl||text.charCodeAt(i)===9){ n+=i-a; a=i+1;} }
    pos=nl+1; }
  return n;
}
const time=(name,f)=>{for(let i=0;i<3000;i++)f(); const N=30000; const t=performance.now(); for(let i=0;i<N;i++)f(); console.log(name.padEnd(20),((performance.now()-t)/N*1000).toFixed(1),'µs');};
time('floor objs', ()=>floor(norm,start,end));
time('floor scan', ()=>floor2(norm,start,end));
time('splitCells', ()=>m.splitCells(norm,start,end));
const flat = norm.slice(start,end).split('').join('');
