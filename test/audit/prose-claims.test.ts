import { describe, expect, it } from 'vitest';
import { proseClaims } from '../../src/audit/prose-claims.js';
import type { ProseText } from '../../src/audit/prose-text.js';

/** A prose text of one section. */
const prose = (text: string, key = 'overview'): ProseText => ({ text, map: Int32Array.from({ length: text.length + 1 }, (_, i) => i), sections: [{ key, start: 0, end: text.length }] });
const read = (text: string, key = 'overview', year = 2021) => proseClaims(prose(text, key), year).map((c) => [c.topic, c.value, ...(c.column ? [c.column] : [])]);

describe('numbers the prose states about its tables', () => {
  it.each([
    ['全年共收到政府信息公开申请75件。', [['received', 75]]],
    ['本年度新收政府信息公开申请70件，上年结转5件，办结69件，结转下年度继续办理6件。', [['new', 70], ['carriedOver', 5], ['completed', 69], ['carriedForward', 6]]],
    ['政府信息公开申请另有3件结转至下一年度办理。', [['carriedForward', 3]]],
    ['我局收到群众通过邮寄、网络提交的各类政府信息公开申请共计8件。', [['received', 8]]],
    ['共受理依申请公开政府信息申请12件，其中自然人申请10件、法人或其他组织申请2件。', [['received', 12], ['applicant', 10, 'naturalPerson'], ['applicant', 2, 'organisations']]],
    ['制发行政规范性文件4件，废止行政规范性文件1件，现行有效行政规范性文件23件。', [['documentsIssued', 4], ['documentsRepealed', 1], ['documentsInForce', 23]]],
    ['行政事业性收费143.07万元。', [['fees', 143.07]]],
    ['全年共受理政府信息公开申请 120 件，其中自然人申请 112 件；共办理 110 件，结转下一年 10 件。', [['received', 120], ['applicant', 112, 'naturalPerson'], ['completed', 110], ['carriedForward', 10]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['2020年收到政府信息公开申请50件。', 'another year named in the clause'],
    ['去年收到政府信息公开申请50件。', 'last year'],
    ['比上年多收到政府信息公开申请12件。', 'a change'],
    ['1-6月收到政府信息公开申请30件。', 'a part of the year'],
    ['区政府本级收到政府信息公开申请20件。', 'a part of the body'],
    ['全年受理行政许可申请3126件，办结3100件。', 'another kind of application'],
    ['受理12345热线工单300件，办结300件。', 'not a disclosure request'],
    ['政府信息公开申请办结率100%。', 'a share'],
    ['全年收到政府信息公开申请十二件。', 'Chinese numerals are not read'],
    ['累计收到政府信息公开申请300件。', 'a running total'],
  ])('%s — nothing read (%s)', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reconsiderations and lawsuits: in section 四, or in a clause about disclosure', () => {
    expect(read('被申请行政复议2件，提起行政诉讼1件。', 'reviewLitigation')).toEqual([['reconsideration', 2], ['litigation', 1]]);
    expect(read('全年办理行政复议案件120件。', 'overview')).toEqual([]);
    expect(read('因政府信息依申请公开引起行政复议0件，行政诉讼0件。', 'overview')).toEqual([['reconsideration', 0], ['litigation', 0]]);
  });

  it('one phrase, one claim (新收到申请 is new, not also received)', () => {
    expect(read('本年新收到政府信息公开申请70件。')).toEqual([['new', 70]]);
  });
});
