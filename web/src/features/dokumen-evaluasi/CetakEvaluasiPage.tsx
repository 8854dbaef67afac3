/**
 * "Cetak dokumen evaluasi": the PDFs of every evaluation of a unit penilaian for one period, as one
 * zip built by a background job (docs/evaluasi-dokumen.md). For the unit's administrators and its
 * head; the server refuses anyone else (the auditor too: read-only).
 */
import { Alert, Anchor, Button, Card, Group, Progress, Select, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { pickText } from '../../i18n/index.ts';
import { UnitPicker } from '../org/UnitPicker.tsx';
import { currentYear, YearSelect } from '../skp/components/Pickers.tsx';
import { isRunning, JENIS_DOKUMEN, type JenisDokumen, PERIODE_KODE, useMassalJob, useStartMassal } from './api.ts';

export default function CetakEvaluasiPage() {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [tahun, setTahun] = useState<number | null>(currentYear());
  const [periode, setPeriode] = useState<string>('TW1');
  const [jenis, setJenis] = useState<JenisDokumen>('LENGKAP');
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartMassal();
  const job = useMassalJob(jobId);
  const j = job.data;
  const submit = () => {
    if (!unitId || !tahun) return;
    start.mutate(
      { unitPenilaianId: unitId, tahun, periodeKode: periode, jenis },
      { onSuccess: (r) => setJobId(r.jobId) },
    );
  };
  return (
    <Page title={t('dokumenEvaluasi.title')} subtitle={t('dokumenEvaluasi.subtitle')}>
      <Card withBorder>
        <Stack>
          <UnitPicker label={t('dokumenEvaluasi.unit')} value={unitId} onChange={setUnitId} required />
          <Group align="flex-end">
            <YearSelect value={tahun} onChange={setTahun} />
            <Select
              label={t('dokumenEvaluasi.periode')}
              value={periode}
              allowDeselect={false}
              w={{ base: '100%', xs: 200 }}
              data={PERIODE_KODE.map((k) => ({ value: k, label: t(`dokumenEvaluasi.periodeOpsi.${k}`) }))}
              onChange={(v) => setPeriode(v ?? 'TW1')}
            />
            <Select
              label={t('dokumenEvaluasi.jenis')}
              value={jenis}
              allowDeselect={false}
              w={{ base: '100%', xs: 320 }}
              data={JENIS_DOKUMEN.map((k) => ({ value: k, label: t(`dokumenEvaluasi.jenisOpsi.${k}`) }))}
              onChange={(v) => setJenis((v as JenisDokumen | null) ?? 'LENGKAP')}
            />
          </Group>
          {start.isError && <ErrorAlert error={start.error} />}
          <Group>
            <Button
              leftSection={<IconFileZip size={16} aria-hidden />}
              onClick={submit}
              disabled={!unitId || !tahun || isRunning(j?.status)}
              loading={start.isPending}
            >
              {t('dokumenEvaluasi.buat')}
            </Button>
          </Group>
        </Stack>
      </Card>
      {job.isError && <ErrorAlert error={job.error} />}
      {j && (
        <Card withBorder mt="md" aria-live="polite">
          <Stack gap="xs">
            <Text>{t('dokumenEvaluasi.kemajuan', { processed: j.processed, total: j.total })}</Text>
            <Progress
              value={j.total ? (100 * j.processed) / j.total : isRunning(j.status) ? 0 : 100}
              aria-label={t('dokumenEvaluasi.kemajuanLabel')}
            />
            {j.status === 'FAILED' && (
              <Alert color="red">{j.errorMessage ? pickText(j.errorMessage) : t('dokumenEvaluasi.gagal')}</Alert>
            )}
            {j.gagal.length > 0 && (
              <Alert color="yellow">{t('dokumenEvaluasi.sebagianGagal', { n: j.gagal.length })}</Alert>
            )}
            {j.unduhUrl && (
              <Anchor href={j.unduhUrl}>
                <Group gap={4}>
                  <IconDownload size={16} aria-hidden />
                  {t('dokumenEvaluasi.unduh', { nama: j.namaFile ?? 'zip', n: j.jumlah ?? 0 })}
                </Group>
              </Anchor>
            )}
          </Stack>
        </Card>
      )}
    </Page>
  );
}
