const FRIENDLY: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
};

/**
 * A short, readable reason for an error: Node's file-system codes in words, else the message.
 *
 * @example
 * describeError(Object.assign(new Error('ENOENT: …'), { code: 'ENOENT' })); // 'no such file or folder'
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return (code !== undefined && FRIENDLY[code]) || error.message || String(error);
  }
  return String(error);
}
