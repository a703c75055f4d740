import { visibleControls } from './control-characters';
import { runCli } from './main';

const colour = process.stdout.isTTY === true && (process.env.NO_COLOR ?? '') === '' && process.env.TERM !== 'dumb';

/**
 * A reader that goes away (`agenda | head -1`) ends the command quietly with
 * the status a closed pipe gives every Unix tool: 141 (128 + SIGPIPE).
 */
const CLOSED_PIPE_STATUS = 141;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(CLOSED_PIPE_STATUS);
    throw error;
  });
}

runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  // Messages never carry colour: any control character in them comes from a note or a name, and is shown, not sent.
  stderr: (t) => process.stderr.write(visibleControls(t)),
  colour,
  now: () => new Date(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`interview-follow-up: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
