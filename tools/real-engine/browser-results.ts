// A small recorder of named checks, so one failing check does not hide the ones after it.

export interface CheckResult {
  name: string;
  ok: boolean;
  /** Observed values, printed when the check fails. */
  detail: string;
}

export class Checks {
  readonly results: CheckResult[] = [];

  /** Records a check and prints its line at once. */
  check(name: string, ok: boolean, detail = ''): boolean {
    this.results.push({name, ok, detail});
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `: ${detail}`}`,
    );
    return ok;
  }

  /** Records `expected === actual`, showing both values when they differ. */
  equal(name: string, actual: unknown, expected: unknown): boolean {
    return this.check(
      name,
      actual === expected,
      `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
  }

  /** Runs a group of checks and records an exception it throws as one failed check. */
  async group(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      this.check(
        `${name}: finished without an error`,
        false,
        error instanceof Error ? (error.stack ?? error.message) : String(error),
      );
    }
  }

  get failed(): number {
    return this.results.filter(result => !result.ok).length;
  }

  get passed(): number {
    return this.results.length - this.failed;
  }
}
