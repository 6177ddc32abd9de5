const { normaliseBodyVariants, parseReport } = await import('/work/main/dist/index.js');
for (const n of [10, 14, 18, 20, 22]) {
  const t = '泸河' + '族'.repeat(n) + 'x';
  const s = performance.now(); normaliseBodyVariants(t, '漯河回族自治县人民政府'); console.log(n, (performance.now()-s).toFixed(1),'ms');
}
