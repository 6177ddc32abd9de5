/**
 * Backtracking search with bounds propagation over rows whose candidate splits are known,
 * linked by cross-row linear equations.
 *
 * @module
 */

import type { WorkBudget } from './budget.js';

/**
 * A cross-row equation with each row's contribution precomputed per candidate:
 * `sum over i of contrib[i][k_i] = 0`, where `k_i` is the candidate chosen for row `rows[i]`.
 *
 * @example
 * // rows 0 and 1 must have equal first cells; row 0 has candidates with first cells 1 and 11
 * const eq: LinkedEquation = { rows: [0, 1], contrib: [[1, 11], [-11]] };
 */
export interface LinkedEquation {
  rows: number[];
  contrib: ArrayLike<number>[];
}

/**
 * Per row, the candidate indices still allowed. Arrays are never mutated in place, so a domain
 * list can be shallow-copied to branch.
 *
 * @example
 * const domains: Domains = [[0], [0, 1, 2]];
 */
export type Domains = number[][];

/**
 * Result of {@link JointSearch.propagate}: consistent so far, contradiction, or out of budget.
 *
 * @example
 * const search = new JointSearch([2, 1], [{ rows: [0, 1], contrib: [[1, 11], [-11]] }], new WorkBudget(1e4));
 * search.propagate(search.initialDomains(), 'all'); // → 'ok' ('fail': this branch has no solution)
 */
export type PropagationOutcome = 'ok' | 'fail' | 'budget';

/**
 * What {@link JointSearch.enumerate} found: `complete` (searched everything), `limit` (stopped
 * at the requested number of solutions) or `budget` (ran out of work units).
 *
 * @example
 * const search = new JointSearch([2, 1], [{ rows: [0, 1], contrib: [[1, 11], [-11]] }], new WorkBudget(1e4));
 * const { solutions, stop } = search.enumerate(search.initialDomains(), 6);
 * solutions; // → [[1, 0]]
 * stop; // → 'complete'
 */
export interface Enumeration {
  /** Each solution is the chosen candidate index per row. */
  solutions: number[][];
  stop: 'complete' | 'limit' | 'budget';
}

/**
 * Finds assignments of one candidate per row satisfying every linked equation.
 *
 * Propagation is bounds consistency: for each equation, every candidate whose contribution
 * cannot be balanced by the other rows' current [min, max] contribution range is removed,
 * repeated to a fixpoint. Search branches on the undecided row with the fewest candidates;
 * an equation whose rows are all decided is thereby checked exactly. Each candidate looked at
 * during propagation and each branch costs one budget unit.
 *
 * @example
 * const search = new JointSearch([2, 1], [{ rows: [0, 1], contrib: [[1, 11], [-11]] }], new WorkBudget(1e4));
 * const root = search.initialDomains();
 * search.propagate(root, 'all'); // → 'ok'
 * root; // → [[1], [0]]
 * search.enumerate(root, 6); // → { solutions: [[1, 0]], stop: 'complete' }
 */
export class JointSearch {
  private readonly byRow: number[][];
  private readonly inQueue: Uint8Array;

  constructor(
    private readonly domainSizes: number[],
    private readonly equations: LinkedEquation[],
    private readonly budget: WorkBudget,
  ) {
    this.byRow = domainSizes.map(() => []);
    equations.forEach((eq, e) => {
      for (const r of eq.rows) this.byRow[r]!.push(e);
    });
    this.inQueue = new Uint8Array(equations.length);
  }

  /** Every candidate of every row. */
  initialDomains(): Domains {
    return this.domainSizes.map((n) => Array.from({ length: n }, (_, k) => k));
  }

  /**
   * Narrows `domains` in place (replacing row arrays, never mutating them) until every equation
   * is bounds-consistent. `changed` names the rows whose domains were just narrowed, or `'all'`.
   */
  propagate(domains: Domains, changed: number[] | 'all'): PropagationOutcome {
    const queue: number[] = [];
    const push = (e: number): void => {
      if (!this.inQueue[e]) {
        this.inQueue[e] = 1;
        queue.push(e);
      }
    };
    if (changed === 'all') this.equations.forEach((_, e) => push(e));
    else for (const r of changed) for (const e of this.byRow[r]!) push(e);

    let outcome: PropagationOutcome = 'ok';
    const mins: number[] = [];
    const maxs: number[] = [];
    while (queue.length > 0) {
      const e = queue.pop()!;
      this.inQueue[e] = 0;
      if (outcome !== 'ok') continue; // drain the queue flags
      const eq = this.equations[e]!;
      let totalMin = 0;
      let totalMax = 0;
      for (let i = 0; i < eq.rows.length; i++) {
        const dom = domains[eq.rows[i]!]!;
        const contrib = eq.contrib[i]!;
        if (!this.budget.spend(dom.length)) {
          outcome = 'budget';
          break;
        }
        let mn = Infinity;
        let mx = -Infinity;
        for (const k of dom) {
          const x = contrib[k]!;
          if (x < mn) mn = x;
          if (x > mx) mx = x;
        }
        mins[i] = mn;
        maxs[i] = mx;
        totalMin += mn;
        totalMax += mx;
      }
      if (outcome !== 'ok') continue;
      if (totalMin > 0 || totalMax < 0) {
        outcome = 'fail';
        continue;
      }
      for (let i = 0; i < eq.rows.length; i++) {
        const lowest = -(totalMax - maxs[i]!);
        const highest = -(totalMin - mins[i]!);
        if (mins[i]! >= lowest && maxs[i]! <= highest) continue;
        const r = eq.rows[i]!;
        const contrib = eq.contrib[i]!;
        const kept = domains[r]!.filter((k) => contrib[k]! >= lowest && contrib[k]! <= highest);
        if (kept.length === 0) {
          outcome = 'fail';
          break;
        }
        domains[r] = kept;
        for (const other of this.byRow[r]!) push(other);
      }
    }
    return outcome;
  }

  /**
   * Depth-first search below already-propagated `domains`, stopping after `limit` solutions.
   */
  enumerate(domains: Domains, limit: number): Enumeration {
    const solutions: number[][] = [];
    let stop: Enumeration['stop'] = 'complete';
    const visit = (doms: Domains): void => {
      let pick = -1;
      let best = Infinity;
      for (let r = 0; r < doms.length; r++) {
        const size = doms[r]!.length;
        if (size > 1 && size < best) {
          best = size;
          pick = r;
        }
      }
      if (pick < 0) {
        solutions.push(doms.map((d) => d[0]!));
        if (solutions.length >= limit) stop = 'limit';
        return;
      }
      for (const k of doms[pick]!) {
        if (!this.budget.spend(1)) {
          stop = 'budget';
          return;
        }
        const next = doms.slice();
        next[pick] = [k];
        const outcome = this.propagate(next, [pick]);
        if (outcome === 'budget') {
          stop = 'budget';
          return;
        }
        if (outcome === 'ok') visit(next);
        if (stop !== 'complete') return;
      }
    };
    if (limit > 0 && domains.every((d) => d.length > 0)) visit(domains);
    return { solutions, stop };
  }
}
