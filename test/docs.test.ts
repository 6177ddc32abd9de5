import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES, TEMPLATE_2019, TEMPLATE_2021 } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('starts with the two commands a newcomer runs', () => {
    const lines = readme.split('\n');
    expect(lines[3]).toMatch(/^npm ci && npm run demo/);
    expect(lines[4]).toMatch(/^npm ci && npm test/);
  });
  it('documents every message code with its severity', () => {
    for (const [code, { severity }] of Object.entries(MESSAGE_CODES)) expect(readme).toContain(`| \`${code}\` | ${severity} |`);
  });
  it('documents every row and column key', () => {
    for (const t of [TEMPLATE_2019, TEMPLATE_2021]) {
      for (const table of Object.values(t.tables)) {
        for (const r of table.rows) expect(readme).toContain(`\`${r.key}\` ${r.label}`);
        for (const c of table.columns) expect(readme).toContain(`\`${c.key}\` ${c.label}`);
      }
    }
  });
});
