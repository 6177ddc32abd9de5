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
  // The expected items between `…` marks, in order: the first part starts the array unless a `…`
  // comes first, the last ends it unless a `…` comes last, the parts between are found in order.
  const parts: unknown[][] = [[]];
  for (const item of expected) {
    if (item === MORE) parts.push([]);
    else parts[parts.length - 1]!.push(item);
  }
  const where = path || 'the value';
  if (parts.length === 1) {
    if (actual.length !== expected.length) return `${where}: expected ${expected.length} items, got ${actual.length}: ${show(actual)}`;
    return itemsMismatch(actual, 0, parts[0]!, path);
  }
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (actual.length < parts.reduce((n, p) => n + p.length, 0)) return `${where}: expected at least ${parts.flat().length} items, got ${actual.length}: ${show(actual)}`;
  const head = itemsMismatch(actual, 0, first, path);
  if (head) return head;
  const tail = itemsMismatch(actual, actual.length - last.length, last, path);
  if (tail) return tail;
  let at = first.length;
  for (const part of parts.slice(1, -1)) {
    let found = -1;
    for (let i = at; i + part.length <= actual.length - last.length; i++) {
      if (!itemsMismatch(actual, i, part, path)) {
        found = i;
        break;
      }
    }
    if (found < 0) return `${where}: ${show(part)} not found in ${show(actual)}`;
    at = found + part.length;
  }
  return null;
}

function itemsMismatch(actual: unknown[], from: number, items: unknown[], path: string): string | null {
  for (let i = 0; i < items.length; i++) {
    const m = mismatch(actual[from + i], items[i], `${path}[${from + i}]`);
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
