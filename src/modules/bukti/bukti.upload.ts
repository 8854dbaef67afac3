/**
 * Uploading a file to one's evidence library (POST /instansi/:id/bukti, multipart): who, how much,
 * streamed to a staging file, checked from its content, then stored once per content.
 * Order of refusals (each leaves nothing stored): not a member → 404; no pegawai → 403; today's
 * allowance used → 429; over the size cap → 413; empty, not allowed, bomb, damaged → 400/415/422;
 * a name that claims another type → 422; invalid fields → 400.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import { fileStoreFor } from '../dokumen/index.ts';
import { loadSettingsWith } from '../pengaturan/index.ts';
import { BerkasDitolak, inspectBerkas, type Kind } from './bukti.jenis.ts';
import { BUKTI_LIMITS } from './bukti.limits.ts';
import { cleanFileName, extensionOf, nameForKind } from './bukti.nama.ts';
import * as repo from './bukti.repository.ts';
import { type BuktiCtx, mutate, ownLibrary, toBuktiDto } from './bukti.service.ts';
import { commitStaged, discardStaged, openStaged, type Staged, stageUpload } from './bukti.staging.ts';

export const ZBuktiFields = z.object({
  judul: z.string().trim().min(1).max(200),
  tanggal: z.iso.date(),
  deskripsi: z.string().trim().max(2000).optional(),
});

const MB = 1024 * 1024;

const FIELD_MESSAGES: Record<string, { id: string; en: string }> = {
  judul: { id: 'Judul wajib diisi (paling banyak 200 karakter).', en: 'A title is required (at most 200 characters).' },
  tanggal: { id: 'Tanggal wajib diisi dengan format YYYY-MM-DD.', en: 'A date is required, as YYYY-MM-DD.' },
  deskripsi: { id: 'Deskripsi paling banyak 2000 karakter.', en: 'The description has at most 2000 characters.' },
};

function refusal(err: BerkasDitolak): AppError {
  const code = {
    EMPTY: 'BUKTI.EMPTY',
    TYPE_NOT_ALLOWED: 'BUKTI.TYPE_NOT_ALLOWED',
    BOMB: 'BUKTI.BOMB',
    MALFORMED: 'BUKTI.MALFORMED',
  } as const;
  return new AppError(code[err.alasan], err.detail);
}

const LIMIT_CODES = new Set(['FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT']);

/** Reads the parts in any order; the file goes to staging, at most `maxBytes` of it. */
async function readParts(req: FastifyRequest, maxBytes: number, store: ReturnType<typeof fileStoreFor>) {
  const fields: Record<string, string> = {};
  let staged: Staged | null = null;
  let fileName = '';
  try {
    const parts = req.parts({
      limits: {
        // One byte over the cap, so that "over" is seen; the parser drops the rest of the file.
        fileSize: maxBytes + 1,
        files: 1,
        fields: 6,
        parts: 8,
        fieldSize: BUKTI_LIMITS.fieldBytes,
      },
      throwFileSizeLimit: false,
    } as Parameters<FastifyRequest['parts']>[0]);
    for await (const part of parts) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || staged) {
          part.file.resume();
          continue;
        }
        fileName = part.filename ?? '';
        staged = await stageUpload(store, part.file, maxBytes);
        if (part.file.truncated) staged.tooLarge = true;
      } else {
        if (part.valueTruncated)
          throw new AppError('VALIDATION.FAILED', [
            { field: `body.${part.fieldname}`, message: { id: 'Terlalu panjang.', en: 'Too long.' } },
          ]);
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      }
    }
  } catch (err) {
    if (staged) await discardStaged(staged.path);
    const code = (err as { code?: string }).code;
    if (code && LIMIT_CODES.has(code))
      throw new AppError(
        'UPLOAD.TOO_LARGE',
        { maxBytes, reason: 'parts' },
        {
          id: 'Satu unggahan berisi satu berkas (bidang "file") dan bidang judul, tanggal, deskripsi; tidak ada yang disimpan.',
          en: 'One upload holds one file (field "file") and the fields judul, tanggal, deskripsi; nothing was stored.',
        },
      );
    throw err;
  }
  return { fields, staged, fileName };
}

export async function uploadBukti(ctx: BuktiCtx, instansiId: string, req: FastifyRequest) {
  const { actor, pegawaiId } = ownLibrary(ctx, instansiId);
  const db = ctx.database.db;
  const [settings, today] = await Promise.all([
    loadSettingsWith(db, instansiId),
    repo.uploadsToday(db, instansiId, pegawaiId),
  ]);
  const capBytes = settings.pelaksanaan.buktiMaksimumMb * MB;
  const remaining = BUKTI_LIMITS.dailyBytes - today.bytes;
  if (today.files >= BUKTI_LIMITS.dailyFiles || remaining <= 0) throw dailyLimit();
  const maxBytes = Math.min(capBytes, remaining);
  const store = fileStoreFor(ctx.database);
  const { fields, staged, fileName } = await readParts(req, maxBytes, store);
  if (!staged) throw new AppError('BUKTI.NO_FILE');
  let moved = false;
  const key = `bukti/${instansiId}/${staged.sha256}`;
  try {
    if (staged.tooLarge) {
      if (maxBytes < capBytes) throw dailyLimit();
      const mb = settings.pelaksanaan.buktiMaksimumMb;
      throw new AppError(
        'BUKTI.TOO_LARGE',
        { maxBytes: capBytes },
        {
          id: `Berkas melebihi batas ${mb} MB untuk satu bukti dukung; tidak ada yang disimpan. Perkecil berkasnya (mis. kompres PDF atau foto), atau bagi menjadi beberapa bukti.`,
          en: `The file exceeds the ${mb} MB limit for one piece of evidence; nothing was stored. Make it smaller (e.g. compress the PDF or photo) or split it into several pieces.`,
        },
      );
    }
    const input = ZBuktiFields.safeParse(fields);
    if (!input.success)
      throw new AppError(
        'VALIDATION.FAILED',
        input.error.issues.map((i) => ({
          field: `body.${String(i.path[0])}`,
          message: FIELD_MESSAGES[String(i.path[0])],
        })),
      );
    const kind = await checkContent(staged.path);
    const namaBerkas = nameForKind(fileName, kind);
    if (namaBerkas === null) {
      const claimed = extensionOf(cleanFileName(fileName));
      throw new AppError(
        'BUKTI.TYPE_MISMATCH',
        { claimed, detected: kind.kode },
        {
          id: `Nama berkas berakhiran .${claimed}, tetapi isinya ${kind.kode}; tidak ada yang disimpan. Periksa berkasnya, atau ganti akhiran namanya menjadi .${kind.ext[0]}.`,
          en: `The file name ends in .${claimed} but its content is ${kind.kode}; nothing was stored. Check the file, or rename it to end in .${kind.ext[0]}.`,
        },
      );
    }
    const row = await mutate(ctx, actor, instansiId, async ({ tx, audit }) => {
      await repo.lockContent(tx, instansiId, staged.sha256);
      let file = await repo.findBerkasBySha(tx, instansiId, staged.sha256);
      if (!file) {
        await commitStaged(store, staged.path, key);
        moved = true;
        file = await repo.insertBerkas(tx, {
          instansiId,
          sha256: staged.sha256,
          ukuran: staged.size,
          mime: kind.mime,
          kunci: key,
        });
      }
      const b = await repo.insertBukti(tx, {
        instansiId,
        pegawaiId,
        jenis: 'BERKAS',
        judul: input.data.judul,
        deskripsi: input.data.deskripsi || null,
        tanggal: input.data.tanggal,
        berkasId: file.id,
        namaBerkas,
      });
      const dto = toBuktiDto({ ...b, mime: file.mime, ukuran: file.ukuran });
      await audit({
        action: 'bukti.create',
        entity: 'bukti',
        entityId: b.id,
        after: { ...dto, sha256: staged.sha256, berkasBaru: moved },
      });
      return dto;
    });
    return row;
  } catch (err) {
    if (moved) await removeIfUnreferenced(ctx, instansiId, staged.sha256, key);
    throw err;
  } finally {
    if (!moved) await discardStaged(staged.path);
  }
}

function dailyLimit() {
  return new AppError(
    'BUKTI.DAILY_LIMIT',
    { maxFiles: BUKTI_LIMITS.dailyFiles, maxBytes: BUKTI_LIMITS.dailyBytes },
    {
      id: `Batas unggahan hari ini (${BUKTI_LIMITS.dailyFiles} berkas atau ${BUKTI_LIMITS.dailyBytes / MB} MB) telah tercapai; tidak ada yang disimpan. Bukti yang sudah ada di pustaka tetap dapat dilampirkan; coba unggah lagi besok.`,
      en: `Today's upload allowance (${BUKTI_LIMITS.dailyFiles} files or ${BUKTI_LIMITS.dailyBytes / MB} MB) is used up; nothing was stored. Evidence already in your library can still be attached; upload again tomorrow.`,
    },
  );
}

async function checkContent(path: string): Promise<Kind> {
  const file = await openStaged(path);
  try {
    return await inspectBerkas(file);
  } catch (err) {
    if (err instanceof BerkasDitolak) throw refusal(err);
    throw err;
  } finally {
    await file.close();
  }
}

/** After a failed transaction that had moved a new file in: remove it unless another upload now owns it. */
async function removeIfUnreferenced(ctx: BuktiCtx, instansiId: string, sha256: string, key: string) {
  await ctx.database.db.transaction(async (tx) => {
    await repo.lockContent(tx, instansiId, sha256);
    if (!(await repo.findBerkasBySha(tx, instansiId, sha256))) await fileStoreFor(ctx.database).delete(key);
  });
}
