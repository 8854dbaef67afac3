/**
 * Monitoring Kurva (issue 11 item 9; e-Kinerja "Monitoring Kurva"): for a year and period, each unit
 * penilaian's realised predikat distribution against the allowed one (a small curve per row), rated
 * and not yet rated, the kalibrasi state and the entry deadline; filters, a drill-down into one
 * unit's curve, the Excel download, and — for administrators — the evaluation export (CSV/XLSX).
 * The API decides which units the caller sees (docs/evaluasi-monitoring-kurva.md).
 */
import { Alert, Anchor, Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstansiId } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatNumber } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { type Column, ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { currentYear, YearSelect } from '../skp/components/Pickers.tsx';
import { eksporEvaluasiUrl, eksporKurvaUrl, getDaftarKurva, type KurvaUnit } from './api.ts';
import { KurvaMini } from './KurvaMini.tsx';
import { KurvaUnitModal } from './KurvaUnitModal.tsx';

type Saring = 'SEMUA' | 'MELANGGAR' | 'SESUAI' | 'BELUM_LENGKAP' | 'TANPA_PREDIKAT';
const SARING: Saring[] = ['SEMUA', 'MELANGGAR', 'SESUAI', 'BELUM_LENGKAP', 'TANPA_PREDIKAT'];

function cocok(u: KurvaUnit, saring: Saring): boolean {
  if (saring === 'MELANGGAR') return u.sesuai === false;
  if (saring === 'SESUAI') return u.sesuai === true;
  if (saring === 'BELUM_LENGKAP') return !u.lengkap;
  if (saring === 'TANPA_PREDIKAT') return !u.predikatOrganisasi;
  return true;
}

/** The current quarter: the default period. */
function triwulanIni(): string {
  return `TW${Math.floor(new Date().getMonth() / 3) + 1}`;
}

export default function MonitoringKurvaPage() {
  const { t } = useTranslation();
  const iid = useInstansiId();
  const [tahun, setTahun] = useState<number>(currentYear());
  const [periode, setPeriode] = useState<string>(triwulanIni());
  const [saring, setSaring] = useState<Saring>('SEMUA');
  const [cari, setCari] = useState('');
  const [unitId, setUnitId] = useState<string | null>(null);
  const q = useQuery({
    queryKey: ['instansi', iid, 'monitoring-kurva', tahun, periode],
    queryFn: ({ signal }) => getDaftarKurva(iid, tahun, periode, signal),
    placeholderData: keepPreviousData,
  });
  const periodeData = useMemo(
    () => [
      {
        group: t('monitoringKurva.grupTriwulan'),
        items: ['TW1', 'TW2', 'TW3', 'TW4'].map((k) => ({ value: k, label: k })),
      },
      { group: t('monitoringKurva.grupTahunan'), items: [{ value: 'TAHUNAN', label: t('monitoringKurva.tahunan') }] },
      {
        group: t('monitoringKurva.grupBulanan'),
        items: Array.from({ length: 12 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`).map((k) => ({
          value: k,
          label: k,
        })),
      },
    ],
    [t],
  );

  const rows = (q.data?.units ?? []).filter(
    (u) => cocok(u, saring) && (!cari.trim() || u.unit.nama.toLowerCase().includes(cari.trim().toLowerCase())),
  );

  const statusBadge = (u: KurvaUnit) =>
    u.sesuai === null ? (
      <Badge color="gray" variant="light">
        {u.predikatOrganisasi ? t('monitoringKurva.belumAdaNilai') : t('monitoringKurva.belumDitetapkan')}
      </Badge>
    ) : (
      <Badge color={u.sesuai ? 'green' : 'red'} variant="light">
        {u.sesuai ? t('monitoringKurva.sesuai') : t('monitoringKurva.melanggar')}
      </Badge>
    );

  const kalibrasiBadge = (u: KurvaUnit) =>
    !u.kalibrasi ? (
      <Text size="sm" c="dimmed">
        {t('monitoringKurva.kalibrasiBelum')}
      </Text>
    ) : (
      <Group gap={4} wrap="wrap">
        <Badge color={u.kalibrasi.status === 'FINAL' ? 'blue' : 'yellow'} variant="light">
          {t(`monitoringKurva.kalibrasi.${u.kalibrasi.status}`, { defaultValue: u.kalibrasi.status })}
        </Badge>
        {u.kalibrasi.override && (
          <Badge color="orange" variant="filled">
            {t('monitoringKurva.override')}
          </Badge>
        )}
      </Group>
    );

  const columns: Column<KurvaUnit>[] = [
    {
      key: 'unit',
      label: t('monitoringKurva.unit'),
      primary: true,
      render: (u) => (
        <Anchor component="button" type="button" ta="left" onClick={() => setUnitId(u.unit.id)}>
          {u.unit.nama}
        </Anchor>
      ),
    },
    {
      key: 'org',
      label: t('monitoringKurva.predikatOrganisasi'),
      render: (u) =>
        u.predikatOrganisasi ? t(`monitoringKurva.org.${u.predikatOrganisasi}`) : t('monitoringKurva.belumDitetapkan'),
    },
    {
      key: 'dinilai',
      label: t('monitoringKurva.dinilai'),
      render: (u) => t('monitoringKurva.dinilaiDari', { dinilai: formatNumber(u.dinilai), n: formatNumber(u.n) }),
    },
    {
      key: 'kurva',
      label: t('monitoringKurva.kurva'),
      render: (u) => (
        <KurvaMini
          jumlah={u.jumlah}
          rentang={u.rentang}
          label={t('monitoringKurva.kurvaUnit', { unit: u.unit.nama })}
        />
      ),
    },
    { key: 'sesuai', label: t('monitoringKurva.pola'), render: statusBadge },
    { key: 'kalibrasi', label: t('monitoringKurva.kalibrasiLabel'), render: kalibrasiBadge },
  ];

  const d = q.data;
  return (
    <Page title={t('monitoringKurva.title')} subtitle={t('monitoringKurva.subtitle')}>
      <Group gap="sm" wrap="wrap" align="flex-end">
        <YearSelect value={tahun} onChange={(v) => setTahun(v ?? currentYear())} />
        <Select
          label={t('monitoringKurva.periode')}
          w={150}
          allowDeselect={false}
          value={periode}
          data={periodeData}
          onChange={(v) => v && setPeriode(v)}
        />
        <Select
          label={t('monitoringKurva.saring')}
          w={200}
          allowDeselect={false}
          value={saring}
          data={SARING.map((s) => ({ value: s, label: t(`monitoringKurva.saringan.${s}`) }))}
          onChange={(v) => v && setSaring(v as Saring)}
        />
        <TextInput
          label={t('monitoringKurva.cari')}
          value={cari}
          onChange={(e) => setCari(e.currentTarget.value)}
          w={{ base: '100%', xs: 220 }}
        />
      </Group>
      {d && (
        <Group gap="sm" wrap="wrap">
          {d.aksi.includes('EKSPOR_KURVA') && (
            <Button
              component="a"
              href={eksporKurvaUrl(iid, tahun, periode)}
              download
              variant="default"
              leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            >
              {t('monitoringKurva.unduhExcel')}
            </Button>
          )}
          {d.aksi.includes('EKSPOR_EVALUASI') && (
            <>
              <Button
                component="a"
                href={eksporEvaluasiUrl(iid, tahun, periode, 'csv')}
                download
                variant="default"
                leftSection={<IconFileTypeCsv size={18} aria-hidden />}
              >
                {t('monitoringKurva.eksporCsv')}
              </Button>
              <Button
                component="a"
                href={eksporEvaluasiUrl(iid, tahun, periode, 'xlsx')}
                download
                variant="default"
                leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
              >
                {t('monitoringKurva.eksporXlsx')}
              </Button>
            </>
          )}
        </Group>
      )}
      {q.isError ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : !d ? (
        <Loading />
      ) : (
        <Stack gap="sm">
          <Alert color={d.periode.lewat ? 'orange' : 'blue'} variant="light">
            {t('monitoringKurva.ringkasan', {
              unit: formatNumber(d.units.length),
              dinilai: formatNumber(d.instansi.dinilai),
              n: formatNumber(d.instansi.n),
              melanggar: formatNumber(d.instansi.unitMelanggar),
              override: formatNumber(d.instansi.unitOverride),
              batas: formatDate(d.periode.batasPengisian),
            })}{' '}
            {d.periode.lewat ? t('monitoringKurva.batasLewat') : ''}
          </Alert>
          {rows.length === 0 ? (
            <Text c="dimmed">{t('monitoringKurva.kosong')}</Text>
          ) : (
            <ResponsiveTable columns={columns} rows={rows} rowKey={(u) => u.unit.id} />
          )}
        </Stack>
      )}
      <KurvaUnitModal unitId={unitId} tahun={tahun} periode={periode} onClose={() => setUnitId(null)} />
    </Page>
  );
}
