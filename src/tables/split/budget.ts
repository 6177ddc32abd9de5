/**
 * A shared, decrementing work counter that bounds the solver's cost.
 *
 * @module
 */

/**
 * Counts work units; once exhausted it stays exhausted, so every phase of the solver can bail
 * out as soon as any phase runs dry.
 *
 * @example
 * const budget = new WorkBudget(1000);
 * while (budget.spend(1)) {
 *   // one node expansion
 * }
 * budget.exhausted; // true
 */
export class WorkBudget {
  private left: number;
  private dry = false;

  constructor(units: number) {
    this.left = units;
  }

  /** Takes `units` from the budget; returns false (and stays exhausted) once it would go negative. */
  spend(units: number): boolean {
    if (this.dry) return false;
    this.left -= units;
    if (this.left < 0) {
      this.dry = true;
      return false;
    }
    return true;
  }

  /** True once a `spend` has failed. */
  get exhausted(): boolean {
    return this.dry;
  }

  /** Units not yet spent (never negative). */
  get remaining(): number {
    return Math.max(0, this.left);
  }
}
