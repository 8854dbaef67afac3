/**
 * `COPY … FROM STDIN` through node-postgres without pg-copy-streams: a minimal Submittable that
 * answers the CopyInResponse with the whole payload (text format), then waits for completion.
 */
import type pg from 'pg';

interface Connection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

class CopyFromStdin {
  rowCount = 0;
  private error: Error | null = null;
  readonly done: Promise<number>;
  private resolve!: (n: number) => void;
  private reject!: (err: Error) => void;

  constructor(
    private readonly text: string,
    private readonly payload: Buffer,
  ) {
    this.done = new Promise((res, rej) => {
      this.resolve = res;
      this.reject = rej;
    });
  }

  submit(connection: Connection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: Connection): void {
    const chunk = 1 << 20;
    for (let i = 0; i < this.payload.length; i += chunk)
      connection.sendCopyFromChunk(this.payload.subarray(i, i + chunk));
    connection.endCopyFrom();
  }

  handleCommandComplete(msg: { text?: string }): void {
    this.rowCount = Number(/COPY (\d+)/.exec(msg.text ?? '')?.[1] ?? 0);
  }

  handleReadyForQuery(): void {
    if (this.error) this.reject(this.error);
    else this.resolve(this.rowCount);
  }

  handleError(err: Error): void {
    this.error = err;
    this.reject(err);
  }

  // Unused by COPY FROM but called defensively by some pg versions.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
}

/** COPY text-format escaping of one value. */
function escapeCopyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  return String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** Encodes rows in COPY text format. */
export function copyPayload(rows: unknown[][]): Buffer {
  return Buffer.from(rows.map((r) => r.map(escapeCopyValue).join('\t')).join('\n') + (rows.length ? '\n' : ''));
}

/** Runs `COPY table (columns) FROM STDIN` with the rows on a client; returns the row count. */
export async function copyFrom(
  client: pg.PoolClient,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<number> {
  const op = new CopyFromStdin(`copy ${table} (${columns.join(', ')}) from stdin`, copyPayload(rows));
  (client as unknown as { query(s: CopyFromStdin): void }).query(op);
  return op.done;
}
