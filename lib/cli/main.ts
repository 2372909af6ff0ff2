/**
 * Entry point of the `quid` CLI (`npm run quid -- …`, launched as `tsx lib/cli/main.ts`).
 * Sets process.exitCode instead of calling process.exit so buffered stdout is flushed.
 */
import { run } from './run.ts';

// A closed pipe (`quid analyze … | head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: process.stdin,
  });
} catch (err) {
  // run() turns expected failures into exit 2 itself; this is the last resort for bugs.
  process.stderr.write(`quid: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
