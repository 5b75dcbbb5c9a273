import { CommanderError } from 'commander';
import { CliError } from './output';
import { createProgram } from './program';

/** Runs the CLI; every failure ends in one clear English line and a non-zero exit. */
async function main(argv: string[]) {
  const json = argv.includes('--json');
  try {
    await createProgram().parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof CliError ? error.code : 'error';
    if (json) process.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
    process.stderr.write(`Error: ${message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  }
}

await main(process.argv.slice(2));
