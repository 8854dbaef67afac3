// Renders documents off the HTTP thread for bulk jobs (pdf-pool.ts). Plain JavaScript entry that
// registers tsx (a runtime dependency) itself, so it loads the TypeScript renderer and layouts
// whether the app runs through bin/kinerja.js, tsx or a test runner. Which layout: workerData
// `{ module, exportName }` (a file URL and the function there that builds the document definition).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { renderPdf } = await import('./pdf-renderer.ts');
const docDefinition = (await import(workerData.module))[workerData.exportName];

parentPort.on('message', async ({ id, args }) => {
  try {
    const pdf = await renderPdf(docDefinition(...args));
    // A copy of exactly the document's bytes, transferred (not cloned) back.
    const bytes = pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength);
    parentPort.postMessage({ id, bytes }, [bytes]);
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort.postMessage({ ready: true });
