import { readFileSync } from 'node:fs';

/**
 * The package's version, from the package.json beside the built `dist/` folder.
 *
 * @example
 * // not run: reads the package.json beside dist/, which the sources do not have
 * packageVersion(); // → '0.1.0'
 */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
