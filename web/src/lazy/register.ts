import { LAZY_GLOBAL } from './paths.ts';

/** A lazily loaded part puts its API on `self.__ogiLazy[name]` when its script runs. */
export function registerLazy(name: string, api: unknown): void {
  const g = globalThis as unknown as Record<string, Record<string, unknown> | undefined>;
  (g[LAZY_GLOBAL] ??= {})[name] = api;
}
