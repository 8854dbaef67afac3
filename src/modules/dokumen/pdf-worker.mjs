// Renders SKP documents off the HTTP thread for bulk jobs (pdf-pool.ts). Plain JavaScript entry
// that registers tsx (a runtime dependency) itself, so it loads the TypeScript renderer whether
// the app runs through bin/kinerja.js, tsx or a test runner.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { renderPdf } = await import('./pdf-renderer.ts');
const { skpDocDefinition } = await import('./skp-pdf.layout.ts');

parentPort.on('message', async ({ id, doc }) => {
  try {
    const pdf = await renderPdf(skpDocDefinition(doc));
    // A copy of exactly the document's bytes, transferred (not cloned) back.
    const bytes = pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength);
    parentPort.postMessage({ id, bytes }, [bytes]);
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort.postMessage({ ready: true });
