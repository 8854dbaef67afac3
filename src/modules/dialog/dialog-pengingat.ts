/**
 * Dialog reminders: the day before and the day itself, to both sides, never twice. Each due reminder
 * is claimed with an atomic UPDATE … WHERE pengingat_…_at IS NULL RETURNING in the transaction that
 * writes its notifications, so two server processes (or a server and `kinerja dialog pengingat`
 * from cron) never both send it, and a failed run leaves it unclaimed for the next.
 */
import type { Database } from '../../db/client.ts';
import { jendelaPengingat, pengingatJatuhTempo } from '../../domain/pelaksanaan/dialog.ts';
import { createOutbox, deliver, notify } from '../notifikasi/index.ts';
import * as notif from './dialog.notifikasi.ts';
import * as repo from './dialog.repository.ts';
import { ZONA_INSTANSI } from './dialog-ctx.ts';

export interface HasilPengingat {
  diperiksa: number;
  terkirim: number;
}

/** Sends every reminder due at `sekarang`; returns how many dialogs were checked and reminded. */
export async function kirimPengingat(
  database: Database,
  sekarang = new Date(),
  zona = ZONA_INSTANSI,
): Promise<HasilPengingat> {
  const { dari, sampai } = jendelaPengingat(sekarang);
  const calon = await repo.dialogDalamJendela(database.db, dari, sampai);
  let terkirim = 0;
  for (const d of calon) {
    const jenis = pengingatJatuhTempo({
      jadwal: new Date(d.jadwal),
      sekarang,
      zona,
      h1Terkirim: !!d.pengingatH1At,
      h0Terkirim: !!d.pengingatH0At,
    });
    if (!jenis) continue;
    const outbox = createOutbox();
    const sent = await database.db.transaction(async (tx) => {
      if (!(await repo.klaimPengingat(tx, d.id, jenis, new Date(d.jadwal)))) return false;
      const info: notif.DialogInfo = {
        id: d.id,
        instansiId: d.instansiId,
        jenis: d.jenis,
        jadwal: new Date(d.jadwal),
        tempat: d.tempat,
        pegawaiNama: d.pegawaiNama,
        penilaiNama: d.penilaiNama,
      };
      await notify(
        tx,
        [
          notif.notifPengingat(info, d.pegawaiId, jenis, d.penilaiNama),
          notif.notifPengingat(info, d.penilaiPegawaiId, jenis, d.pegawaiNama),
        ],
        outbox,
      );
      return true;
    });
    if (sent) {
      terkirim++;
      await deliver(outbox);
    }
  }
  return { diperiksa: calon.length, terkirim };
}

/**
 * The in-process scheduler: runs the reminders every `menit` minutes (default 10) until stopped.
 * Started by the server (off with KINERJA_PENGINGAT_DIALOG=0), never in tests unless a test asks.
 */
export function mulaiPenjadwalPengingat(database: Database, menit = 10): { stop(): Promise<void> } {
  let current: Promise<void> | null = null;
  const tick = () => {
    // One run at a time; a slow run is not overtaken by the next tick.
    current ??= kirimPengingat(database)
      .then(() => undefined)
      .catch((err) =>
        console.warn(`kinerja: pengingat dialog gagal / dialog reminders failed: ${(err as Error).message}`),
      )
      .finally(() => {
        current = null;
      });
  };
  const timer = setInterval(tick, menit * 60_000);
  timer.unref();
  tick();
  return {
    // Stopping waits for a run in progress, so the database is not closed under it.
    stop: async () => {
      clearInterval(timer);
      await current;
    },
  };
}
