/** A multipart evidence upload body (POST /instansi/:id/bukti): the fields, then the file (or the file first). */
export function buktiForm(
  file: Buffer | null,
  filename: string,
  fields: Record<string, string> = { judul: 'Laporan kegiatan', tanggal: '2026-03-02' },
  fileFirst = false,
) {
  const boundary = `----kinerjaBukti${Math.random().toString(16).slice(2)}`;
  const fieldParts = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  const fileParts = file
    ? [
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
            'Content-Type: application/octet-stream\r\n\r\n',
        ),
        file,
        Buffer.from('\r\n'),
      ]
    : [];
  const body = Buffer.concat([
    ...(fileFirst ? fileParts : fieldParts),
    ...(fileFirst ? fieldParts : fileParts),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
