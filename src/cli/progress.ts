import type { Writable } from 'node:stream';

const BAR = 24;

/**
 * A one-line progress display on a terminal: done/total, rate, failures, and a bar once the
 * number of inputs is known. Redrawn a few times a second, erased by `stop()`. Use it only when
 * stderr is a TTY; a pipe gets nothing.
 *
 * @example
 * const progress = process.stderr.isTTY ? new Progress(process.stderr) : null;
 * progress?.found(); progress?.done(false); progress?.stop();
 */
export class Progress {
  private seen = 0;
  private finished = 0;
  private failed = 0;
  private total: number | null = null;
  private readonly started = Date.now();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly stream: Writable & { columns?: number }) {
    this.timer = setInterval(() => this.draw(), 200);
    this.timer.unref();
  }

  /** One more input listed. */
  found(): void {
    this.seen++;
  }

  /** The number of inputs, when known: counted ahead, or once the listing ends. */
  setTotal(total: number): void {
    this.total = Math.max(total, this.seen);
  }

  /** One more input done. */
  done(failed: boolean): void {
    this.finished++;
    if (failed) this.failed++;
  }

  /** Erases the line until the next redraw (before writing a notice to the same terminal). */
  clear(): void {
    this.stream.write('\r\x1b[K');
  }

  /** Stops redrawing and erases the line. */
  stop(): void {
    clearInterval(this.timer);
    this.clear();
  }

  private draw(): void {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.finished / seconds : 0;
    let line = `${this.finished}/${this.total ?? `${this.seen}+`} reports · ${rate.toFixed(0)}/s`;
    if (this.failed > 0) line += ` · ${this.failed} unreadable`;
    if (this.total !== null && this.total > 0) {
      const filled = Math.min(BAR, Math.round((BAR * this.finished) / this.total));
      const left = rate > 0 ? Math.ceil((this.total - this.finished) / rate) : null;
      line = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${line}${left !== null ? ` · ${left} s left` : ''}`;
    }
    const width = this.stream.columns || 80;
    this.stream.write(`\r\x1b[K${line.slice(0, width - 1)}`);
  }
}
