/** A cli-progress bar that follows import/demo/bulk-account phases (one bar, reset per phase). */
import cliProgress from 'cli-progress';

const LABEL: Record<string, string> = {
  plan: 'menyusun / planning',
  parse: 'membaca / reading',
  validate: 'memeriksa / validating',
  unit: 'unit',
  jabatan: 'jabatan',
  pegawai: 'pegawai',
  penempatan: 'penempatan',
  'write:unor': 'menulis / writing UNOR',
  'write:jabatan': 'menulis / writing JABATAN',
  'write:pegawai': 'menulis / writing PEGAWAI',
  'write:penempatan': 'menulis / writing penempatan',
  committed: 'rencana SKP demo / demo SKP plans',
  hash: 'sandi (argon2id) / hashing',
  write: 'menulis akun / writing accounts',
  done: 'selesai / done',
};

export interface PhaseBar {
  update(p: { phase: string; processed: number; total: number }): void;
  stop(): void;
}

export function phaseBar(enabled = process.stderr.isTTY): PhaseBar {
  if (!enabled) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: ' {phase} |{bar}| {percentage}% | {value}/{total}',
      hideCursor: true,
      stream: process.stderr,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let phase = '';
  let started = false;
  return {
    update(p) {
      const label = (LABEL[p.phase] ?? p.phase).padEnd(28);
      const total = Math.max(1, p.total);
      if (!started) {
        bar.start(total, p.processed, { phase: label });
        started = true;
      } else if (p.phase !== phase) {
        bar.setTotal(total);
      }
      phase = p.phase;
      bar.update(Math.min(p.processed, total), { phase: label });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
