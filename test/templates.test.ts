import { describe, expect, it } from 'vitest';
import { TEMPLATE_2019, TEMPLATE_2021 } from '../src/index.js';

describe('template definitions', () => {
  it('are frozen all the way down: lookups built from them once cannot go stale', () => {
    for (const t of [TEMPLATE_2021, TEMPLATE_2019]) {
      expect(Object.isFrozen(t)).toBe(true);
      expect(Object.isFrozen(t.tables.t3.rows)).toBe(true);
      expect(Object.isFrozen(t.tables.t3.rows[0])).toBe(true);
      expect(Object.isFrozen(t.rules[0]!.lhs)).toBe(true);
    }
    const row = TEMPLATE_2021.tables.t3.rows[0] as { label: string };
    expect(() => {
      row.label = '改';
    }).toThrow(TypeError);
  });
});
