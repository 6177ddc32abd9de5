const sets = [
  ['a1','b1','c1','d1','e1','f1','g1'], ['natural','commercial','research','social','legal','other','total'],
  ['x','y','z'], ['p','q','r','s','t','u','v','w','x2','y2','z2','a3','b3','c3','d3'], ['m','n','o','p2'],
];
const tmpl = new Map(sets.map(s=>[s, JSON.parse(JSON.stringify(Object.fromEntries(s.map(k=>[k,null]))))]));
const V = {v:1};
const tests = {
  keyed: ()=>{ const out=[]; for (const s of sets) { const o={}; for (const k of s) o[k]=V; out.push(o);} return out; },
  spread: ()=>{ const out=[]; for (const s of sets) { const o={...tmpl.get(s)}; for (const k of s) o[k]=V; out.push(o);} return out; },
  assign: ()=>{ const out=[]; for (const s of sets) { const o=Object.assign({}, tmpl.get(s)); for (const k of s) o[k]=V; out.push(o);} return out; },
  fromEntries: ()=>{ const out=[]; for (const s of sets) { const o=Object.fromEntries(s.map(k=>[k,V])); out.push(o);} return out; },
};
for (const [name,f] of Object.entries(tests)) { for(let i=0;i<20000;i++)f(); const N=200000; const t=performance.now(); for(let i=0;i<N;i++)f(); console.log(name,((performance.now()-t)/N*1000).toFixed(3),'µs'); }
