import { describe, expect, it } from 'vitest';
import { FINDING_KINDS, MESSAGE_CODES, MESSAGE_ZH, messageText, messageZh, parseReport } from '../../src/index.js';

const CJK = /[\u4e00-\u9fff]/u;

describe('messages in Chinese', () => {
  it('every message code has a Chinese text (the type makes a missing one a compile error)', () => {
    expect(Object.keys(MESSAGE_ZH).sort()).toEqual(Object.keys(MESSAGE_CODES).sort());
    for (const text of Object.values(MESSAGE_ZH)) expect(text).toMatch(CJK);
  });
  it('every finding kind has a Chinese text', () => {
    for (const k of Object.values(FINDING_KINDS)) expect(k.zh).toMatch(CJK);
  });
  it('messageZh gives the code’s Chinese, then the particulars', () => {
    const m = parseReport('').messages[0]!;
    expect(m.code).toBe('input-empty');
    expect(messageZh(m)).toBe(`输入为空（${m.message}）`);
    expect(messageText(m, 'en')).toBe(m.message);
    expect(messageText(m, 'zh')).toBe(messageZh(m));
  });
});

describe('README', () => {
  it('documents every finding kind with its severity', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync('README.md', 'utf8');
    for (const [kind, { severity }] of Object.entries(FINDING_KINDS)) expect(readme).toMatch(new RegExp(`\\| \`${kind}\` \\| [a-z /]*${severity}`, 'u'));
  });
});
