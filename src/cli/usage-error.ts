/**
 * A mistake on the command line: printed with a hint to `--help`, exit status 2.
 *
 * @example
 * const error = new UsageError('--jobs needs a whole number ≥ 1, got "0"', 'parse'); // thrown by parseCommandLine
 * error.message; // → '--jobs needs a whole number ≥ 1, got "0"'
 */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The subcommand whose help to point to, if known. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
