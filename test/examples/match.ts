// Compares a value with what an example's comment says it is. `__MORE__` (written `…` in the comment)
// means "and more": `[1, 2, …]` starts with 1, 2; `{ a: 1, … }` has a = 1 and perhaps other keys.
// In a string, `…` matches any text when the string is not equal as written.
import { inspect } from 'node:util';

/** The marker `…` becomes in an expected value. */
export const MORE: unique symbol = Symbol('…');

/** Where `actual` differs from `expected` (a path and both values), or null when it matches. */
export function mismatch(actual: unknown, expected: unknown, path = ''): string | null {
  const here = (why: string) => `${path || 'the value'}: ${why}`;
  if (typeof expected === 'string') {
    if (actual === expected) return null;
    if (typeof actual === 'string' && expected.includes('…') && wildcard(expected).test(actual)) return null;
    return here(`expected ${show(expected)}, got ${show(actual)}`);
  }
  if (expected === null || typeof expected !== 'object') {
    return Object.is(actual, expected) || (actual === expected) ? null : here(`expected ${show(expected)}, got ${show(actual)}`);
  }
  if (expected instanceof Set || expected instanceof Map) {
    if (!(actual instanceof (expected instanceof Set ? Set : Map))) return here(`expected a ${expected.constructor.name}, got ${show(actual)}`);
    return mismatch([...(actual as Set<unknown>)], [...expected], path);
  }
  if (Array.isArray(expected) || ArrayBuffer.isView(expected)) {
    if (!(Array.isArray(actual) || ArrayBuffer.isView(actual))) return here(`expected an array, got ${show(actual)}`);
    return arrayMismatch(Array.from(actual as ArrayLike<unknown>), Array.from(expected as ArrayLike<unknown>), path);
  }
  if (actual === null || typeof actual !== 'object') return here(`expected an object, got ${show(actual)}`);
  const exp = expected as Record<string, unknown>;
  const act = actual as Record<string, unknown>;
  const open = exp.__MORE__ === MORE;
  for (const key of Object.keys(exp)) {
    if (key === '__MORE__' && open) continue;
    const m = mismatch(act[key], exp[key], `${path}.${key}`);
    if (m) return m;
  }
  if (!open) {
    const extra = Object.keys(act).filter((k) => act[k] !== undefined && !(k in exp));
    if (extra.length > 0) return here(`has ${extra.join(', ')}, which the comment does not list (end it with "…" if that is meant)`);
  }
  return null;
}

function arrayMismatch(actual: unknown[], expected: unknown[], path: string): string | null {
  const at = expected.indexOf(MORE);
  const head = at < 0 ? expected : expected.slice(0, at);
  const tail = at < 0 ? [] : expected.slice(at + 1);
  const ok = at < 0 ? actual.length === expected.length : actual.length >= head.length + tail.length;
  if (!ok) return `${path || 'the value'}: expected ${at < 0 ? '' : 'at least '}${head.length + tail.length} items, got ${actual.length}: ${show(actual)}`;
  for (let i = 0; i < head.length; i++) {
    const m = mismatch(actual[i], head[i], `${path}[${i}]`);
    if (m) return m;
  }
  for (let i = 0; i < tail.length; i++) {
    const j = actual.length - tail.length + i;
    const m = mismatch(actual[j], tail[i], `${path}[${j}]`);
    if (m) return m;
  }
  return null;
}

function wildcard(text: string): RegExp {
  return new RegExp(`^${text.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[\\s\\S]*')}$`, 'u');
}

function show(value: unknown): string {
  return inspect(value, { depth: 4, breakLength: Infinity, maxArrayLength: 20, maxStringLength: 300 });
}
