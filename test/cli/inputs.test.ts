import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { globRoot, globToRegExp, hasGlobMagic } from '../../src/cli/glob.js';
import { kindOfBytes, kindOfName } from '../../src/cli/input-kind.js';
import { listInputs, type InputRef } from '../../src/cli/list-inputs.js';

describe('globs', () => {
  it.each([
    ['r/*.txt', 'r/a.txt', true],
    ['r/*.txt', 'r/x/a.txt', false],
    ['r/**/*.txt', 'r/a.txt', true],
    ['r/**/*.txt', 'r/x/y/a.txt', true],
    ['r/**', 'r/x/y/a.pdf', true],
    ['r/20??/*.{htm,html}', 'r/2021/a.html', true],
    ['r/20??/*.{htm,html}', 'r/2021/a.txt', false],
    ['r/[!b]*.txt', 'r/a.txt', true],
    ['r/[!b]*.txt', 'r/b.txt', false],
    ['r/(1)+.txt', 'r/(1)+.txt', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });
  it('finds the folder to walk and how deep', () => {
    expect(globRoot('corpus/2021/*.txt')).toEqual({ root: 'corpus/2021', depth: 1 });
    expect(globRoot('**/*.pdf')).toEqual({ root: '.', depth: Infinity });
    expect(globRoot('/data/*/x.txt')).toEqual({ root: '/data', depth: 2 });
    expect(hasGlobMagic('a/b.txt')).toBe(false);
  });
});

describe('input kinds', () => {
  it('by extension', () => {
    expect(['a.TXT', 'b.md', 'c.htm', 'd.HTML', 'e.docx', 'f.pdf', 'g.xlsx', 'dir.d/noext'].map(kindOfName)).toEqual(['text', 'text', 'html', 'html', 'docx', 'pdf', null, null]);
  });
  it('by magic number', () => {
    expect(kindOfBytes(new TextEncoder().encode('%PDF-1.7'))).toBe('pdf');
    expect(kindOfBytes(Uint8Array.from([0x50, 0x4b, 3, 4]))).toBe('docx');
    expect(kindOfBytes(new TextEncoder().encode('一、'))).toBe('text');
  });
});

describe('listInputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ogi-inputs-'));
    mkdirSync(join(dir, 'b/deep'), { recursive: true });
    mkdirSync(join(dir, '.git'));
    for (const f of ['a.txt', 'z.pdf', 'notes.xlsx', 'b/c.html', 'b/deep/d.md', '.git/e.txt', '.hidden.txt']) writeFileSync(join(dir, f), 'x');
  });
  const list = async (paths: string[]) => {
    const out: InputRef[] = [];
    for await (const ref of listInputs(paths)) out.push(ref);
    return out;
  };
  it('walks a folder recursively in name order, skipping hidden and unknown files', async () => {
    expect((await list([dir])).map((r) => [r.path.slice(dir.length), r.kind])).toEqual([
      ['/a.txt', 'text'],
      ['/b/c.html', 'html'],
      ['/b/deep/d.md', 'text'],
      ['/z.pdf', 'pdf'],
    ]);
  });
  it('expands a quoted glob and keeps a given file whatever its extension', async () => {
    const refs = await list([`${dir}/**/*.{md,html}`, `${dir}/notes.xlsx`, '-']);
    expect(refs.map((r) => [r.path.slice(r.path === '-' ? 0 : dir.length), r.kind])).toEqual([
      ['/b/c.html', 'html'],
      ['/b/deep/d.md', 'text'],
      ['/notes.xlsx', null],
      ['-', null],
    ]);
  });
  it('reports a missing path, a glob matching nothing and an empty folder, and goes on', async () => {
    mkdirSync(join(dir, 'empty'), { recursive: true });
    const refs = await list([join(dir, 'missing.txt'), `${dir}/*.nothing`, join(dir, 'empty'), join(dir, 'a.txt')]);
    expect(refs.map((r) => r.error ?? r.kind)).toEqual([
      'no such file or folder',
      'no report file matches this pattern',
      'no .txt, .md, .html, .htm, .docx or .pdf file in this folder',
      'text',
    ]);
  });
});
