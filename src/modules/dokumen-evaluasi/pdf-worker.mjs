// Renders evaluation documents off the HTTP thread for the bulk job (pdf-pool.ts). Plain JavaScript
// entry that registers tsx (a runtime dependency) itself, like src/modules/dokumen/pdf-worker.mjs.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { renderPdf } = await import('../dokumen/pdf-renderer.ts');
const { evaluasiDocDefinition } = await import('./layouts.ts');

parentPort.on('message', async ({ id, doc, jenis }) => {
  try {
    const pdf = await renderPdf(evaluasiDocDefinition(doc, jenis));
    const bytes = pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength);
    parentPort.postMessage({ id, bytes }, [bytes]);
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort.postMessage({ ready: true });
