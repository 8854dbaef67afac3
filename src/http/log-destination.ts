/**
 * Where the request log goes: standard output through a buffer. With pino's default destination
 * every log line is one write(2) to stdout, two per request (in and out); under a few hundred
 * requests a second those syscalls were a visible share of the server's CPU (issue 9's profile:
 * "socket writes"). Lines are gathered up to 4 KiB and written in one call, and a timer writes out
 * whatever waits every `flushMs` so a quiet server's log is never more than that behind. On close
 * (and on a normal exit) the rest is written synchronously. A crash can lose at most the last
 * second's lines; errors that stop the process are also printed by Node on stderr.
 */
import pino from 'pino';

export interface LogDestination {
  stream: ReturnType<typeof pino.destination>;
  /** Writes out what is buffered and stops the timer. */
  close(): void;
}

export function bufferedStdout(flushMs = 1000, minLength = 4096): LogDestination {
  const stream = pino.destination({ dest: 1, minLength, sync: false });
  const timer = setInterval(() => stream.flush(), flushMs);
  timer.unref();
  const onExit = () => {
    try {
      stream.flushSync();
    } catch {
      // Nothing more can be done with the log while the process exits.
    }
  };
  process.once('exit', onExit);
  return {
    stream,
    close() {
      clearInterval(timer);
      process.removeListener('exit', onExit);
      onExit();
    },
  };
}
