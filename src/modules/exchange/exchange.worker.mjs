// Parses and validates import files off the HTTP thread (exchange.offthread.ts): both are pure,
// CPU-bound and take seconds for a large file, which on the HTTP thread stalled every request of
// every tenant. The parsed file stays here between "parse" and "validate" (it is large; only the
// small summary and then the plan cross the thread boundary). Plain JavaScript entry that
// registers tsx itself, like pdf-worker.mjs.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { parseStep, validateStep } = await import('./exchange.offthread-steps.ts');

const parsedFiles = new Map();

parentPort.on('message', (msg) => {
  try {
    if (msg.type === 'parse') {
      const { parsed, summary } = parseStep(new Uint8Array(msg.bytes), msg.options);
      if (parsed) parsedFiles.set(msg.id, parsed);
      parentPort.postMessage({ id: msg.id, value: summary });
    } else if (msg.type === 'validate') {
      const parsed = parsedFiles.get(msg.token);
      if (!parsed) throw new Error('import worker: the parsed file is gone');
      parentPort.postMessage({ id: msg.id, value: validateStep(parsed, msg.existing, msg.options) });
    } else if (msg.type === 'release') {
      parsedFiles.delete(msg.token);
      parentPort.postMessage({ id: msg.id, value: null });
    }
  } catch (err) {
    parentPort.postMessage({
      id: msg.id,
      error: {
        message: err instanceof Error ? err.message : String(err),
        limit: err?.limit,
        max: err?.max,
        place: err?.place,
      },
    });
  }
});
parentPort.postMessage({ ready: true });
