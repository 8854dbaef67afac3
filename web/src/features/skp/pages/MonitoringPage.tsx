/**
 * Monitoring pengisian: per child unit, how many pegawai have not started, are drafting, have
 * submitted, were returned or are set, with a % ditetapkan bar; drill into a unit or a count to see
 * the people; export to Excel; admins (and the auditor) download every SKP of a unit as PDFs in a
 * zip.
 */
import {
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Modal,
  Pagination,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { tenant, withQuery } from '../../../api/client.ts';
import { useInstansiId, useSession } from '../../../auth/session.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatNip, formatNumber, namaLengkap } from '../../../components/format.ts';
import { Loading } from '../../../components/Loading.tsx';
import { Page } from '../../../components/Page.tsx';
import { type Column, ResponsiveTable } from '../../../components/ResponsiveTable.tsx';
import { useMonitoring, useMonitoringPegawai } from '../api/planning.ts';
import type { MonitoringCounts, MonitoringPegawai, MonitoringRow } from '../api/planning-types.ts';
import { BulkPdfButton, BulkPdfProgress, BulkPdfRowButton, useBulkPdf } from '../components/BulkPdfButton.tsx';
import { currentYear, YearSelect } from '../components/Pickers.tsx';
import { SkpStatusBadge } from '../components/StatusBadge.tsx';
import { MonitoringRealisasi } from './MonitoringRealisasi.tsx';

const COUNTS = [
  ['belumMulai', 'BELUM_MULAI'],
  ['draft', 'DRAFT'],
  ['diajukan', 'DIAJUKAN'],
  ['dikembalikan', 'DIKEMBALIKAN'],
  ['ditetapkan', 'DITETAPKAN'],
] as const;

function persen(c: MonitoringCounts): number {
  return c.total > 0 ? Math.round((c.ditetapkan / c.total) * 1000) / 10 : 0;
}

interface Drill {
  unitId: string;
  nama: string;
  status: string;
  langsung: boolean;
}

function People({ drill, tahun, onClose }: { drill: Drill | null; tahun: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const q = useMonitoringPegawai(
    drill ? { unitId: drill.unitId, tahun, status: drill.status, langsung: drill.langsung, page } : null,
  );
  const columns: Column<MonitoringPegawai>[] = [
    {
      key: 'nama',
      label: t('skp.bawahan.nama'),
      primary: true,
      render: (p) => (
        <div>
          {p.skpId ? (
            <Anchor component={Link} to={`/skp/${p.skpId}`}>
              {namaLengkap(p)}
            </Anchor>
          ) : (
            namaLengkap(p)
          )}
          <Text size="xs" c="dimmed">
            {formatNip(p.nip)}
          </Text>
        </div>
      ),
    },
    { key: 'jabatan', label: t('skp.bawahan.jabatan'), render: (p) => p.jabatanNama },
    { key: 'unit', label: t('skp.common.unit'), render: (p) => p.unitNama },
    { key: 'penilai', label: t('skp.saya.penilai'), render: (p) => p.penilaiNama ?? '—' },
    { key: 'status', label: t('skp.bawahan.status'), render: (p) => <SkpStatusBadge status={p.status} /> },
  ];
  const pages = q.data ? Math.max(1, Math.ceil(q.data.total / q.data.pageSize)) : 1;
  return (
    <Modal
      opened={drill !== null}
      onClose={() => {
        setPage(1);
        onClose();
      }}
      size="xl"
      title={drill ? `${drill.nama} · ${t(`skp.status.${drill.status}`)}` : ''}
    >
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorAlert error={q.error} />
      ) : (
        <Stack gap="sm">
          <ResponsiveTable columns={columns} rows={q.data.items} rowKey={(p) => p.pegawaiId} />
          {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
        </Stack>
      )}
    </Modal>
  );
}

export default function MonitoringPage() {
  const { t } = useTranslation();
  const iid = useInstansiId();
  const [tahun, setTahun] = useState(currentYear());
  const [trail, setTrail] = useState<{ id: string; nama: string }[]>([]);
  const [drill, setDrill] = useState<Drill | null>(null);
  // Realisasi is monitored by administrators and the auditor only (the API answers 404 to others).
  const bolehRealisasi = useSession().hasRole('SUPER_ADMIN', 'ADMIN_INSTANSI', 'ADMIN_UNIT', 'AUDITOR');
  const [tampilan, setTampilan] = useState<'SKP' | 'REALISASI'>('SKP');
  const realisasi = bolehRealisasi && tampilan === 'REALISASI';
  const here = trail[trail.length - 1] ?? null;
  const q = useMonitoring(here?.id ?? null, tahun);
  const exportUrl = withQuery(tenant(iid, '/monitoring-pengisian/ekspor'), { tahun, unitId: here?.id });
  const root = useMonitoring(null, tahun);
  const rootNama = root.data?.cakupan.unit?.nama ?? t('skp.monitoring.semua');
  const crumbs = [{ id: 'root', nama: rootNama }, ...trail];
  const rowNama = (r: MonitoringRow) => (r.langsung ? t('skp.monitoring.langsung', { nama: r.nama }) : r.nama);
  const bulkUnit = q.data?.cakupan.canUnduhMassal ? q.data.cakupan.unit : null;
  const bulk = useBulkPdf(!!bulkUnit);

  const count = (r: MonitoringRow, key: (typeof COUNTS)[number][0], status: string) =>
    r[key] > 0 ? (
      <UnstyledButton
        onClick={() => setDrill({ unitId: r.unitId, nama: rowNama(r), status, langsung: r.langsung })}
        aria-label={t('skp.monitoring.lihat', {
          jumlah: formatNumber(r[key]),
          status: t(`skp.status.${status}`),
          unit: rowNama(r),
        })}
        style={{ textDecoration: 'underline dotted' }}
      >
        {formatNumber(r[key])}
      </UnstyledButton>
    ) : (
      <Text span c="dimmed">
        0
      </Text>
    );

  const columns: Column<MonitoringRow>[] = [
    {
      key: 'unit',
      label: t('skp.common.unit'),
      primary: true,
      render: (r) =>
        r.adaSubunit && !r.langsung ? (
          <Anchor
            component="button"
            type="button"
            ta="left"
            onClick={() => setTrail([...trail, { id: r.unitId, nama: r.nama }])}
          >
            {r.nama}
          </Anchor>
        ) : (
          rowNama(r)
        ),
    },
    { key: 'total', label: t('skp.monitoring.total'), render: (r) => formatNumber(r.total) },
    ...COUNTS.map(([key, status]) => ({
      key,
      label: t(`skp.status.${status}`),
      render: (r: MonitoringRow) => count(r, key, status),
    })),
    {
      key: 'persen',
      label: t('skp.monitoring.persen'),
      width: 160,
      render: (r) => (
        <Group gap={6} wrap="nowrap">
          <Progress
            value={persen(r)}
            color={persen(r) >= 100 ? 'green' : persen(r) >= 50 ? 'blue' : 'orange'}
            w={80}
            aria-label={t('skp.monitoring.persenOf', { unit: rowNama(r) })}
          />
          <Text size="xs">{persen(r)}%</Text>
        </Group>
      ),
    },
    // The unit's own people are part of the unit on screen: its zip is the button above the table.
    ...(bulkUnit
      ? [
          {
            key: 'zip',
            label: t('skp.massal.kolom'),
            width: 56,
            render: (r: MonitoringRow) =>
              r.langsung ? (
                <Text span c="dimmed">
                  —
                </Text>
              ) : (
                <BulkPdfRowButton bulk={bulk} unit={{ id: r.unitId, nama: r.nama }} tahun={tahun} />
              ),
          },
        ]
      : []),
  ];

  return (
    <Page
      title={t('skp.monitoring.title')}
      subtitle={t('skp.monitoring.subtitle')}
      actions={
        !realisasi && (
          <Button
            component="a"
            href={exportUrl}
            download
            variant="default"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          >
            {t('skp.monitoring.ekspor')}
          </Button>
        )
      }
    >
      <Group align="flex-end" gap="sm">
        <YearSelect value={tahun} onChange={(v) => v && setTahun(v)} />
        {bolehRealisasi && (
          <SegmentedControl
            aria-label={t('skp.monitoring.realisasi.tampilan')}
            value={tampilan}
            onChange={(v) => setTampilan(v as 'SKP' | 'REALISASI')}
            data={[
              { value: 'SKP', label: t('skp.monitoring.realisasi.tabSkp') },
              { value: 'REALISASI', label: t('skp.monitoring.realisasi.tab') },
            ]}
          />
        )}
      </Group>
      {realisasi ? (
        <MonitoringRealisasi key={tahun} tahun={tahun} />
      ) : (
        <>
          <Breadcrumbs separatorMargin={4} style={{ flexWrap: 'wrap' }}>
            {crumbs.map((u, i) =>
              i === crumbs.length - 1 ? (
                <Text key={u.id} size="sm" fw={600}>
                  {u.nama}
                </Text>
              ) : (
                <Anchor
                  key={u.id}
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => setTrail(trail.slice(0, i))}
                >
                  {u.nama}
                </Anchor>
              ),
            )}
          </Breadcrumbs>
          {q.isPending ? (
            <Loading />
          ) : q.isError ? (
            <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
          ) : (
            <Stack gap="sm">
              <Group gap="sm" wrap="wrap">
                <Text size="sm">
                  {t('skp.monitoring.ringkasan', {
                    ditetapkan: formatNumber(q.data.jumlah.ditetapkan),
                    total: formatNumber(q.data.jumlah.total),
                  })}
                </Text>
                <Progress value={persen(q.data.jumlah)} w={200} size="lg" aria-label={t('skp.monitoring.persen')} />
                <Text size="sm" fw={600}>
                  {persen(q.data.jumlah)}%
                </Text>
              </Group>
              {bulkUnit && <BulkPdfButton bulk={bulk} unit={bulkUnit} tahun={tahun} />}
              <BulkPdfProgress bulk={bulk} />
              <ResponsiveTable columns={columns} rows={q.data.baris} rowKey={(r) => `${r.unitId}|${r.langsung}`} />
            </Stack>
          )}
          <People drill={drill} tahun={tahun} onClose={() => setDrill(null)} />
        </>
      )}
    </Page>
  );
}
