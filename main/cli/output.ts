/** How the CLI speaks: JSON for scripts (--json), short aligned lines for people. */
export interface Output {
  json: boolean;
  result(value: unknown, human: () => string): void;
  progress(message: string): void;
}

export function createOutput(json: boolean): Output {
  return {
    json,
    result(value, human) {
      process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
    },
    progress(message) {
      if (process.stderr.isTTY || !json) process.stderr.write(`${message}\n`);
    },
  };
}

export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}

/** An error the user caused or can fix; printed without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    readonly code = 'error',
  ) {
    super(message);
  }
}
