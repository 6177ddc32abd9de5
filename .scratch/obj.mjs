const keys = Array.from({length:30},(_, i)=>'rowKey'+i);
const tmplJ = JSON.parse(JSON.stringify(Object.fromEntries(keys.map(k=>[k,null]))));
const tmplF = Object.fromEntries(keys.map(k=>[k,null]));
const tests = {
  dyn: ()=>{const o={}; for(const k of keys) o[k]=null; for(const k of keys) o[k]=1; return o;},
  spreadJSON: ()=>{const o={...tmplJ}; for(const k of keys) o[k]=1; return o;},
  spreadFE: ()=>{const o={...tmplF}; for(const k of keys) o[k]=1; return o;},
  assign: ()=>{const o=Object.assign({}, tmplJ); for(const k of keys) o[k]=1; return o;},
};
console.log(%HasFastProperties(tmplJ), %HasFastProperties(tmplF), %HasFastProperties(tests.dyn()), %HasFastProperties(tests.spreadJSON()));
for (const [name,f] of Object.entries(tests)) { for(let i=0;i<20000;i++)f(); const N=200000; const t=performance.now(); for(let i=0;i<N;i++)f(); console.log(name,((performance.now()-t)/N*1000).toFixed(3),'µs'); }
