import type { BodyGroup, Version } from './group.js';
import { createFinding, type Finding, type FindingCell } from './finding.js';
import { applyResolution, resolveByValues, t3Row, type ResolvedCell } from './resolve-ambiguous.js';
import { resolvedFinding } from './resolved-finding.js';

const T3_COLUMNS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'] as const;
const T3_COLUMN_ZH: Record<string, string> = { naturalPerson: '自然人', commercial: '商业企业', research: '科研机构', publicInterest: '社会公益组织', legalService: '法律服务机构', other: '其他', total: '总计' };
const T2_2021_ROWS = [['regulations', '规章'], ['normativeDocuments', '行政规范性文件']] as const;
const T2_2019_ROWS = [['licensing', '行政许可'], ['otherServices', '其他对外管理服务事项'], ['punishment', '行政处罚'], ['enforcement', '行政强制'], ['fees', '行政事业性收费']] as const;

/** Options of the comparison across years. */
export interface CarryOptions {
  /** Count blank and dash cells as 0 (as `parseReport`'s option of the same name does for the checks). */
  blankAsZero?: boolean;
}

function valueOf(c: FindingCell | undefined, blankAsZero: boolean): number | null {
  if (!c) return null;
  if (c.status === 'number') return c.value;
  if (blankAsZero && (c.status === 'blank' || c.status === 'dash')) return 0;
  return null;
}

function pairFields(body: BodyGroup, prev: Version, next: Version, year: number) {
  return { files: [...prev.files, ...next.files], body: body.bodyKey, years: [year, year + 1] };
}

/**
 * Where one side of the carry-over has ambiguous cells and the other side's row is all numbers, the
 * numbers may resolve them ({@link resolveByValues}): the digest's cells are updated and a
 * `cell-resolved` finding says so.
 */
function resolveAcross(body: BodyGroup, prev: Version, next: Version, resolved: ResolvedCell[]): Finding[] {
  const out: Finding[] = [];
  const sides: Array<[Version, string, Version, string]> = [
    [next, 'carriedOver', prev, 'carriedForward'],
    [prev, 'carriedForward', next, 'carriedOver'],
  ];
  for (const [target, rowKey, source, sourceKey] of sides) {
    const row = t3Row(target.digest.cells, rowKey);
    const evidence = t3Row(source.digest.cells, sourceKey);
    if (evidence.some((c) => !c || c.status !== 'number' || c.value === null)) continue;
    const values = resolveByValues(row, evidence.map((c) => c!.value!));
    if (!values) continue;
    const done = applyResolution(target.digest.cells, rowKey, row, values, 'carry-over', source.digest.file);
    resolved.push(...done);
    out.push(resolvedFinding(done, body.bodyKey, target.digest.year));
  }
  return out;
}

/** T3 四 of year N against T3 二 of year N+1, column by column. */
function t3CarryOver(body: BodyGroup, prev: Version, next: Version, year: number, opts: CarryOptions): Finding[] {
  const a = prev.digest;
  const b = next.digest;
  const diffs: string[] = [];
  const diffsZh: string[] = [];
  const cells: FindingCell[] = [];
  const unknown: string[] = [];
  for (const col of T3_COLUMNS) {
    const fwd = a.cells[`3:carriedForward:${col}`];
    const over = b.cells[`3:carriedOver:${col}`];
    const x = valueOf(fwd, opts.blankAsZero === true);
    const y = valueOf(over, opts.blankAsZero === true);
    if (x === null || y === null) {
      unknown.push(col);
      continue;
    }
    if (x === y) continue;
    diffs.push(`${T3_COLUMN_ZH[col]} ${x} ≠ ${y}`);
    diffsZh.push(`${T3_COLUMN_ZH[col]}：${x} ≠ ${y}`);
    cells.push(fwd!, over!);
  }
  const fields = pairFields(body, prev, next, year);
  if (diffs.length > 0) {
    return [
      createFinding('carry-over', {
        ...fields,
        message: `${body.body}: table 3's 四、结转下年度继续办理 of ${year} (${a.file}) differs from 二、上年结转 of ${year + 1} (${b.file}): ${diffs.join(', ')}.`,
        messageZh: `${body.body}：${year}年度报告（${a.file}）表三“四、结转下年度继续办理”与${year + 1}年度报告（${b.file}）“二、上年结转政府信息公开申请数量”不一致：${diffsZh.join('，')}。`,
        cells,
      }),
    ];
  }
  if (unknown.length === 0) return [];
  const missing = (key: string, d: typeof a) => T3_COLUMNS.some((c) => d.cells[`3:${key}:${c}`] === undefined);
  const why = missing('carriedForward', a) || missing('carriedOver', b) ? 'a row or table is missing' : 'cells are blank, dashes or ambiguous';
  const whyZh = why.startsWith('a row') ? '缺少相应的表或行' : '单元格空白、为“/”或无法确定';
  return [
    createFinding('carry-over-not-assessable', {
      ...fields,
      message: `${body.body}: the carry-over from ${year} (${a.file}) to ${year + 1} (${b.file}) could not be checked in ${unknown.length === 7 ? 'any column' : unknown.map((c) => T3_COLUMN_ZH[c]).join(', ')}: ${why}.`,
      messageZh: `${body.body}：${year}年度（${a.file}）至${year + 1}年度（${b.file}）的结转数${unknown.length === 7 ? '' : `在${unknown.map((c) => T3_COLUMN_ZH[c]).join('、')}列`}无法核对：${whyZh}。`,
      cells: unknown.flatMap((c) => [a.cells[`3:carriedForward:${c}`], b.cells[`3:carriedOver:${c}`]]).filter((c): c is FindingCell => c !== undefined),
    }),
  ];
}

/** The soft rules of table 2 across years (warnings): documents in force (2021), items carried (2019). */
function t2Rules(body: BodyGroup, prev: Version, next: Version, year: number, opts: CarryOptions): Finding[] {
  const a = prev.digest;
  const b = next.digest;
  const z = opts.blankAsZero === true;
  const out: Finding[] = [];
  const fields = pairFields(body, prev, next, year);
  const t2Template = (d: typeof a) => (d.cells['2:normativeDocuments:inForce'] || d.cells['2:regulations:inForce'] ? '2021' : d.cells['2:licensing:previousItems'] ? '2019' : null);
  if (t2Template(a) === '2021' && t2Template(b) === '2021') {
    for (const [row, zh] of T2_2021_ROWS) {
      const before = a.cells[`2:${row}:inForce`];
      const now = b.cells[`2:${row}:inForce`];
      const issued = b.cells[`2:${row}:issued`];
      const repealed = b.cells[`2:${row}:repealed`];
      const [p, n, i, r] = [before, now, issued, repealed].map((c) => valueOf(c, z)) as [number | null, number | null, number | null, number | null];
      if (p === null || n === null || i === null || r === null) continue;
      const expected = p + i - r;
      if (expected === n) continue;
      out.push(
        createFinding('documents-in-force', {
          ...fields,
          message: `${body.body}: table 2 ${zh} 现行有效件数 of ${year + 1} is ${n}, but ${year}'s ${p} + 本年制发 ${i} − 本年废止 ${r} = ${expected} (${a.file} → ${b.file}).`,
          messageZh: `${body.body}：${year + 1}年度表二“${zh}”现行有效件数为${n}，而${year}年度现行有效件数${p}加本年制发${i}、减本年废止${r}应为${expected}（${a.file} → ${b.file}）。`,
          cells: [before!, now!, issued!, repealed!],
        }),
      );
    }
  }
  if (t2Template(a) === '2019' && t2Template(b) === '2019') {
    for (const [row, zh] of T2_2019_ROWS) {
      const before = a.cells[`2:${row}:previousItems`];
      const change = a.cells[`2:${row}:change`];
      const now = b.cells[`2:${row}:previousItems`];
      const [p, c, n] = [before, change, now].map((x) => valueOf(x, z)) as [number | null, number | null, number | null];
      if (p === null || c === null || n === null) continue;
      if (p + c === n) continue;
      out.push(
        createFinding('items-carried', {
          ...fields,
          message: `${body.body}: table 2 ${zh} 上一年项目数量 of ${year + 1} is ${n}, but ${year}'s ${p} + 本年增/减 ${c} = ${p + c} (${a.file} → ${b.file}).`,
          messageZh: `${body.body}：${year + 1}年度表二“${zh}”上一年项目数量为${n}，而${year}年度上一年项目数量${p}加本年增/减${c}应为${p + c}（${a.file} → ${b.file}）。`,
          cells: [before!, change!, now!],
        }),
      );
    }
  }
  return out;
}

/**
 * The findings across consecutive years of one body: `carry-over` (error) or
 * `carry-over-not-assessable` (info) for table 3, and table 2's soft rules (warnings). Each distinct
 * report of year N is compared with each of year N+1. Ambiguous cells of the carry-over rows that the
 * other year resolves are written into the digests and listed in `resolved` (`cell-resolved`).
 *
 * @example
 * // not run: needs a body's group of digests (see groupReports)
 * carryOverFindings(group).map((f) => f.kind); // ['carry-over']
 */
export function carryOverFindings(body: BodyGroup, opts: CarryOptions = {}, resolved: ResolvedCell[] = []): Finding[] {
  const out: Finding[] = [];
  const years = [...body.years.keys()].sort((x, y) => x - y);
  for (const year of years) {
    const next = body.years.get(year + 1);
    if (!next) continue;
    for (const prev of body.years.get(year)!) {
      for (const n of next) {
        out.push(...resolveAcross(body, prev, n, resolved), ...t3CarryOver(body, prev, n, year, opts), ...t2Rules(body, prev, n, year, opts));
      }
    }
  }
  return out;
}
