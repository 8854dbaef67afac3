/**
 * Reading one uploaded file from a multipart request (import routes). The multipart plugin's own
 * limit errors (Fastify-shaped, English only) become our documented 413 `UPLOAD.TOO_LARGE`, so an
 * upload over the limit is answered in the caller's language with the limit in `details`.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/** Multipart limits registered in app.ts; the file size is the import limit (exchange.limits.ts). */
export function multipartLimits(maxFileBytes: number) {
  return { fileSize: maxFileBytes, files: 1, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 100 };
}

const TOO_LARGE = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT']);

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
  /** Text fields sent before the file part. */
  fields: Record<string, string>;
}

/** The single file of a multipart request; null when the request has no file part. */
export async function readUploadedFile(req: FastifyRequest, maxFileBytes: number): Promise<UploadedFile | null> {
  try {
    const file = await req.file({ limits: { fileSize: maxFileBytes } });
    if (!file) return null;
    const fields: Record<string, string> = {};
    for (const [name, field] of Object.entries(file.fields)) {
      const value = (field as { value?: unknown } | undefined)?.value;
      if (typeof value === 'string') fields[name] = value;
    }
    return { fileName: file.filename, bytes: await file.toBuffer(), fields };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code && TOO_LARGE.has(code)) {
      throw new AppError(
        'UPLOAD.TOO_LARGE',
        { maxBytes: maxFileBytes, reason: code === 'FST_REQ_FILE_TOO_LARGE' ? 'fileSize' : 'parts' },
        {
          id: `Berkas yang diunggah melebihi batas ${Math.round(maxFileBytes / 1024 / 1024)} MB (satu berkas per unggahan); tidak ada data yang diubah.`,
          en: `The upload exceeds the ${Math.round(maxFileBytes / 1024 / 1024)} MB limit (one file per upload); nothing was changed.`,
        },
      );
    }
    throw err;
  }
}
