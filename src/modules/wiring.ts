/**
 * Connects modules that must react to each other without depending upward: a lower module offers a
 * listener point, a higher one registers here. Called once by every entry point that changes data
 * (the HTTP app, the CLI, the DB tests); calling it again is harmless.
 */
import { cleanUpAbandonedSkpMassal, JENIS_JOB_SKP_MASSAL } from './dokumen/index.ts';
import { cleanUpAbandonedEvaluasiMassal, JENIS_JOB_EVALUASI } from './dokumen-evaluasi/index.ts';
import { onJobAbandoned } from './jobs/index.ts';
import { onPositionEnded } from './org/index.ts';
import { closeSkpsForTransfers } from './skp/index.ts';

export function wireModules(): void {
  // A transfer or promotion closes the SKP of the old position (PermenPANRB 8/2021 Lampiran E.6).
  onPositionEnded('skp.tutup-karena-pindah', async (ctx, transfers) => {
    await closeSkpsForTransfers(ctx, transfers);
  });
  // A bulk-document job whose process died leaves a partial zip; failing the job removes it.
  onJobAbandoned(JENIS_JOB_SKP_MASSAL, cleanUpAbandonedSkpMassal);
  onJobAbandoned(JENIS_JOB_EVALUASI, cleanUpAbandonedEvaluasiMassal);
}
