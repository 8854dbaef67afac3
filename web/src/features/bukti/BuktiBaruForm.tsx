/**
 * Adding evidence: a file (uploaded with a progress bar; the server checks its type and size) or a
 * link. Fields: title, date, optional description. On a phone the file input opens the camera or
 * the gallery. The entry stays in the form when the upload fails, so trying again is one tap.
 */
import { Button, FileInput, Progress, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { todayIso } from '../../components/format.ts';
import { ACCEPT, type Bukti, useTambahTautan, useUnggah } from './api.ts';

/** A title proposed from the file name ("laporan_rapat-mei.pdf" → "laporan rapat mei"). */
function titleFromName(name: string): string {
  return name
    .replace(/\.[A-Za-z0-9]{1,8}$/, '')
    .replace(/[_-]+/g, ' ')
    .trim()
    .slice(0, 200);
}

export function BuktiBaruForm({ onDone, maxMb }: { onDone: (b: Bukti) => void | Promise<void>; maxMb?: number }) {
  const { t } = useTranslation();
  const [jenis, setJenis] = useState<'BERKAS' | 'TAUTAN'>('BERKAS');
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [judul, setJudul] = useState('');
  const [tanggal, setTanggal] = useState(todayIso());
  const [deskripsi, setDeskripsi] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const unggah = useUnggah();
  const tautan = useTambahTautan();
  const busy = progress !== null || tautan.isPending;

  const reset = () => {
    setFile(null);
    setUrl('');
    setJudul('');
    setDeskripsi('');
    setProgress(null);
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    const fields = { judul: judul.trim(), tanggal, deskripsi: deskripsi.trim() || undefined };
    try {
      let b: Bukti;
      if (jenis === 'BERKAS') {
        if (!file) return;
        setProgress(0);
        b = await unggah(file, fields, setProgress);
      } else {
        b = await tautan.mutateAsync({ ...fields, url: url.trim() });
      }
      reset();
      await onDone(b);
    } catch (err) {
      setProgress(null);
      setError(err);
    }
  };

  return (
    <form onSubmit={submit} aria-label={t('bukti.tambahJudul')}>
      <Stack gap="sm">
        <SegmentedControl
          value={jenis}
          onChange={(v) => setJenis(v as 'BERKAS')}
          data={[
            { value: 'BERKAS', label: t('bukti.jenisBerkas') },
            { value: 'TAUTAN', label: t('bukti.jenisTautan') },
          ]}
          disabled={busy}
          fullWidth
        />
        {jenis === 'BERKAS' ? (
          <FileInput
            label={t('bukti.berkas')}
            description={t('bukti.berkasHelp', { mb: maxMb ?? 10 })}
            placeholder={t('bukti.pilihBerkas')}
            accept={ACCEPT}
            value={file}
            onChange={(f) => {
              setFile(f);
              if (f && !judul) setJudul(titleFromName(f.name));
            }}
            leftSection={<IconUpload size={16} aria-hidden />}
            required
            clearable
            clearButtonProps={{ 'aria-label': t('bukti.hapusPilihan') }}
            disabled={busy}
          />
        ) : (
          <TextInput
            label={t('bukti.url')}
            description={t('bukti.urlHelp')}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            maxLength={2000}
            required
            disabled={busy}
          />
        )}
        <TextInput
          label={t('bukti.judul')}
          value={judul}
          onChange={(e) => setJudul(e.currentTarget.value)}
          maxLength={200}
          required
          disabled={busy}
        />
        <TextInput
          label={t('bukti.tanggal')}
          type="date"
          value={tanggal}
          onChange={(e) => setTanggal(e.currentTarget.value)}
          required
          disabled={busy}
        />
        <Textarea
          label={t('bukti.deskripsi')}
          value={deskripsi}
          onChange={(e) => setDeskripsi(e.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={2}
          disabled={busy}
        />
        {progress !== null && (
          <Stack gap={4}>
            <Progress value={Math.round(progress * 100)} aria-label={t('bukti.progres')} animated />
            <Text size="xs" c="dimmed" aria-live="polite">
              {progress < 1 ? t('bukti.mengunggah', { p: Math.round(progress * 100) }) : t('bukti.memeriksa')}
            </Text>
          </Stack>
        )}
        {error !== null && <ErrorAlert error={error} />}
        <Button type="submit" loading={busy} leftSection={<IconUpload size={16} aria-hidden />}>
          {jenis === 'BERKAS' ? t('bukti.unggah') : t('bukti.simpanTautan')}
        </Button>
      </Stack>
    </form>
  );
}
