/**
 * Runs the CPU-bound import steps (exchange.offthread-steps.ts) in one worker thread shared by the
 * process, so parsing and validating a 50 MB file never blocks the HTTP thread: other tenants'
 * requests keep being served while it works. One worker, one file at a time — on a small machine
 * two imports parsing at once would starve the HTTP thread of CPU instead. The worker has its own
 * heap limit: a file that still exhausts it fails that import, not the server.
 *
 * `KINERJA_IMPORT_WORKER=0` runs the steps in-process (debugging, environments without workers).
 */
import { Worker } from 'node:worker_threads';
import { ImportLimitError, type LimitKind, type LimitPlace } from './exchange.limits.ts';
import { type ParseSummary, parseStep, type ValidateSummary, validateStep } from './exchange.offthread-steps.ts';
import type { ParsedFile, ParseOptions } from './exchange.parse.ts';
import type { Existing, ValidateOptions } from './exchange.validate.ts';

export interface ImportRunner {
  /** Parses; `token` names the parsed file for `validate` (null when there is nothing to validate). */
  parse(bytes: Uint8Array, options: ParseOptions): Promise<{ token: number | null; summary: ParseSummary }>;
  validate(token: number, existing: Existing, options: ValidateOptions): Promise<ValidateSummary>;
  /** Frees the parsed file. */
  release(token: number): Promise<void>;
}

type Reply = {
  id: number;
  value?: unknown;
  error?: { message: string; limit?: LimitKind; max?: number; place?: LimitPlace };
};

let nextId = 1;

function inProcessRunner(): ImportRunner {
  const files = new Map<number, ParsedFile>();
  return {
    async parse(bytes, options) {
      const { parsed, summary } = parseStep(bytes, options);
      if (!parsed) return { token: null, summary };
      const token = nextId++;
      files.set(token, parsed);
      return { token, summary };
    },
    async validate(token, existing, options) {
      const parsed = files.get(token);
      if (!parsed) throw new Error('the parsed file is gone');
      return validateStep(parsed, existing, options);
    },
    async release(token) {
      files.delete(token);
    },
  };
}

class WorkerRunner implements ImportRunner {
  private worker: Worker | null = null;
  private ready: Promise<Worker> | null = null;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private start(): Promise<Worker> {
    this.ready ??= new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(new URL('./exchange.worker.mjs', import.meta.url), {
        resourceLimits: { maxOldGenerationSizeMb: 2048 },
      });
      // Idle, it must not keep a CLI process (or a test run) alive.
      worker.unref();
      worker.on('message', (m: Reply & { ready?: boolean }) => {
        if (m.ready) {
          this.worker = worker;
          resolve(worker);
          return;
        }
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (this.pending.size === 0) worker.unref();
        if (!m.error) p.resolve(m.value);
        else if (m.error.limit && m.error.max !== undefined)
          p.reject(new ImportLimitError(m.error.limit, m.error.max, m.error.place));
        else p.reject(new Error(m.error.message));
      });
      const fail = (err: Error) => {
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
        this.worker = null;
        this.ready = null;
        reject(err);
      };
      worker.once('error', fail);
      worker.once('exit', (code) =>
        fail(new Error(`the import worker stopped (${code}); the file may be too large to process`)),
      );
    });
    return this.ready;
  }

  private async call<T>(message: Record<string, unknown>, transfer: ArrayBuffer[] = [], id = nextId++): Promise<T> {
    const worker = await this.start();
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.ref();
      worker.postMessage({ ...message, id }, transfer);
    });
  }

  async parse(bytes: Uint8Array, options: ParseOptions) {
    // A copy is transferred: the caller's buffer (a pooled upload buffer) stays usable.
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const id = nextId++;
    const summary = await this.call<ParseSummary>({ type: 'parse', bytes: copy, options }, [copy], id);
    const parsedOk = summary.errorCount === 0;
    return { token: parsedOk ? id : null, summary };
  }

  validate(token: number, existing: Existing, options: ValidateOptions) {
    return this.call<ValidateSummary>({ type: 'validate', token, existing, options });
  }

  async release(token: number) {
    if (this.worker) await this.call<null>({ type: 'release', token });
  }
}

let runner: ImportRunner | null = null;

/** The process's import runner (a worker thread unless KINERJA_IMPORT_WORKER=0). */
export function importRunner(): ImportRunner {
  runner ??= process.env.KINERJA_IMPORT_WORKER === '0' ? inProcessRunner() : new WorkerRunner();
  return runner;
}
