/**
 * Records an explanation: by the party themself (dated today by the server) or by the atasan
 * writing down what was said, with the date it was said.
 */
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { todayIso } from '../../components/format.ts';
import { usePenjelasan } from './api.ts';

const MIN = 10;

export function PenjelasanForm({
  keberatanId,
  pihak,
  version,
  awal,
  olehAtasan,
  onReload,
}: {
  keberatanId: string;
  pihak: 'penilai' | 'pegawai';
  version: number;
  awal: string | null;
  /** The atasan writes down what the other side said: the date it was said is asked for. */
  olehAtasan: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const simpan = usePenjelasan(keberatanId, pihak);
  const [isi, setIsi] = useState(awal ?? '');
  const [tanggal, setTanggal] = useState<string | null>(todayIso());
  const pendek = isi.trim().length < MIN;
  return (
    <Stack
      gap="xs"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        if (pendek) return;
        simpan.mutate({ version, isi: isi.trim(), ...(olehAtasan && tanggal ? { tanggal } : {}) });
      }}
    >
      <Textarea
        label={olehAtasan ? t('keberatan.kasus.tulisUntuk') : t('keberatan.kasus.isi')}
        autosize
        minRows={3}
        maxLength={5000}
        required
        value={isi}
        onChange={(e) => setIsi(e.currentTarget.value)}
      />
      {olehAtasan && (
        <TextInput
          type="date"
          label={t('keberatan.kasus.tanggal')}
          value={tanggal ?? ''}
          onChange={(e) => setTanggal(e.currentTarget.value || null)}
          max={todayIso()}
          maw={240}
        />
      )}
      {simpan.isError && <ErrorAlert error={simpan.error} onRetry={onReload} />}
      <Group>
        <Button type="submit" size="sm" loading={simpan.isPending} disabled={pendek}>
          {t('keberatan.kasus.simpan')}
        </Button>
      </Group>
    </Stack>
  );
}
