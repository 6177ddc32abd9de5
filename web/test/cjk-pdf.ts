/**
 * A PDF as many Chinese reports are made: text in a font that is not embedded (STSong-Light) with a
 * predefined CMap (UniGB-UCS2-H), so a reader needs pdf.js's CMap files to get the characters back.
 * Each line of `text` is a line on the page; its tab-separated cells are placed in columns.
 */
export function cjkPdf(text: string): Uint8Array {
  const LINES_PER_PAGE = 38;
  const lines = text.split('\n').map((l) => l.replace(/\s+$/u, ''));
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));

  const hex = (s: string) =>
    [...s]
      .map((c) => {
        const code = c.codePointAt(0)!;
        return code > 0xffff ? '3000' : code.toString(16).padStart(4, '0');
      })
      .join('');
  const content = (page: string[]) => {
    const ops: string[] = [];
    page.forEach((line, n) => {
      const y = 560 - n * 14;
      const cells = line.split('\t').map((c) => c.trim());
      // Labels from the left margin, one after the other; values (and blanks) in columns from x = 420.
      let k = cells.length;
      while (k > 1 && /^[\d.,+\-/]*$/u.test(cells[k - 1]!)) k--;
      let x = 40;
      cells.slice(0, k).forEach((label) => {
        if (!label) return;
        const t = label.slice(0, 95);
        ops.push(`BT /F1 8 Tf 1 0 0 1 ${x} ${y} Tm <${hex(t)}> Tj ET`);
        x += [...t].reduce((w, c) => w + (c.charCodeAt(0) < 0x7f ? 4 : 8), 0) + 12;
      });
      cells.slice(k).forEach((value, j) => {
        if (value) ops.push(`BT /F1 8 Tf 1 0 0 1 ${420 + j * 48} ${y} Tm <${hex(value)}> Tj ET`);
      });
    });
    return ops.join('\n');
  };

  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1; // object numbers from 1
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  const pagesObj = add('PAGES');
  const font = add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>');
  add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500 814 907 500] >>');
  add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  const kids: number[] = [];
  for (const page of pages) {
    const stream = content(page);
    const contents = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`));
  }
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
