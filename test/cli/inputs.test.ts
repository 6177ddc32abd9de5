import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGlob, hasGlobMagic, unescapeGlob } from '../../src/cli/glob.js';
import { kindOfBytes, kindOfName } from '../../src/cli/input-kind.js';
import { listInputs, type InputRef } from '../../src/cli/list-inputs.js';

describe('globs (picomatch)', () => {
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
    // What the hand-written matcher got wrong:
    ['r/*.txt', 'r/.hidden.txt', false], // `*` does not match a leading dot
    ['r/.*.txt', 'r/.hidden.txt', true], // a dot in the pattern does
    ['r/**/*.txt', 'r/.git/a.txt', false],
    ['r/a**b/*.txt', 'r/a/x/b/c.txt', false], // `**` inside a name is `*`: it stays in one folder
    ['r/a**b/*.txt', 'r/axb/c.txt', true],
    ['r/\\*.txt', 'r/*.txt', true], // an escaped star is a star
    ['r/\\*.txt', 'r/a.txt', false],
    ['r/[]]*.txt', 'r/]a.txt', true], // `[]]` is the class of ']' (it threw)
    ['./r/*.txt', 'r/a.txt', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(compileGlob(pattern).matches(path)).toBe(expected);
  });
  it('finds the folder to walk, how deep, and whether hidden names are walked', () => {
    const shape = (p: string) => {
      const { root, depth, hidden } = compileGlob(p);
      return { root, depth, hidden };
    };
    expect(shape('corpus/2021/*.txt')).toEqual({ root: 'corpus/2021', depth: 1, hidden: false });
    expect(shape('**/*.pdf')).toEqual({ root: '.', depth: Infinity, hidden: false });
    expect(shape('/data/*/x.txt')).toEqual({ root: '/data', depth: 2, hidden: false });
    expect(shape('r/.*/*.txt')).toEqual({ root: 'r', depth: 2, hidden: true });
    expect(hasGlobMagic('a/b.txt')).toBe(false);
    expect(hasGlobMagic('a/\\*.txt')).toBe(false);
    expect(unescapeGlob('r/report\\[1\\].txt')).toBe('r/report[1].txt');
  });
});

describe('input kinds', () => {
  it('by extension', () => {
    expect(['a.TXT', 'b.md', 'c.htm', 'd.HTML', 'e.docx', 'f.pdf', 'g.xlsx', 'dir.d/noext'].map(kindOfName)).toEqual(['text', 'text', 'html', 'html', 'docx', 'pdf', null, null]);
  });
  it('by magic number', () => {
    expect(kindOfBytes(new TextEncoder().encode('%PDF-1.7'))).toBe('pdf');
    expect(kindOfBytes(Uint8Array.from([0x50, 0x4b, 3, 4]))).toBe('docx');
    expect(kindOfBytes(new TextEncoder().encode('一、'))).toBe(null);
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

describe('listInputs: what is not a regular file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ogi-special-'));
    mkdirSync(join(dir, 'r/sub'), { recursive: true });
    writeFileSync(join(dir, 'r/a.txt'), 'x');
    writeFileSync(join(dir, 'r/sub/b.txt'), 'x');
    writeFileSync(join(dir, 'r/report[1].txt'), 'x');
    execFileSync('mkfifo', [join(dir, 'r/fifo.txt')]);
    symlinkSync(join(dir, 'r/gone.txt'), join(dir, 'r/dangling.txt'));
    symlinkSync(join(dir, 'r/loop2.txt'), join(dir, 'r/loop1.txt'));
    symlinkSync(join(dir, 'r/loop1.txt'), join(dir, 'r/loop2.txt'));
    symlinkSync(join(dir, 'r/a.txt'), join(dir, 'r/link.txt'));
    symlinkSync(join(dir, 'r/sub'), join(dir, 'r/sublink'));
    symlinkSync(join(dir, 'r/fifo.txt'), join(dir, 'r/to-fifo.txt'));
  });
  const list = async (paths: string[]) => {
    const out: [string, string][] = [];
    for await (const ref of listInputs(paths)) out.push([ref.path.slice(dir.length + 1), ref.error ?? (ref.stream ? 'stream' : String(ref.kind))]);
    return out;
  };
  const expected: [string, string][] = [
    ['r/a.txt', 'text'],
    ['r/dangling.txt', 'a broken symbolic link (its target does not exist)'],
    ['r/fifo.txt', 'a FIFO, not a regular file: not read'],
    ['r/link.txt', 'text'],
    ['r/loop1.txt', 'a symbolic link loop'],
    ['r/loop2.txt', 'a symbolic link loop'],
    ['r/report[1].txt', 'text'],
    ['r/sub/b.txt', 'text'],
    ['r/to-fifo.txt', 'a link to a FIFO: not read'],
  ];
  it('names a FIFO, a broken link and a link loop in a folder (never opening the FIFO); does not follow a link to a folder', async () => {
    expect(await list([join(dir, 'r')])).toEqual(expected);
  });
  it('does the same under a glob', async () => {
    expect(await list([`${dir}/r/*.txt`])).toEqual(expected.filter(([p]) => !p.includes('/sub/')));
  });
  it('reads a FIFO named on the command line as a stream; an escaped pattern names its file', async () => {
    expect(await list([join(dir, 'r/fifo.txt'), `${dir}/r/report\\[1\\].txt`])).toEqual([
      ['r/fifo.txt', 'stream'],
      ['r/report[1].txt', 'text'],
    ]);
  });
});
