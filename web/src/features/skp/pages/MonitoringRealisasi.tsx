/**
 * The "Realisasi" view of monitoring pengisian (issue 10): for one period, per unit, how many set
 * SKPs have every IKI's realisasi entered, some, or none, the evidence attached and the period's
 * entry state; click a unit for its sub-units, a number for the SKPs behind it; export to Excel.
 * Shown to the readers the API accepts: unit admins, tenant admins, the auditor.
 */
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Modal,
  Pagination,
  Select,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, tenant, withQuery } from '../../../api/client.ts';
import { useInstansiId } from '../../../auth/session.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate, formatNip, formatNumber, namaLengkap } from '../../../components/format.ts';
import { Loading } from '../../../components/Loading.tsx';
import { type Column, ResponsiveTable } from '../../../components/ResponsiveTable.tsx';

type Kelengkapan = 'LENGKAP' | 'SEBAGIAN' | 'BELUM';

interface Counts {
  skp: number;
  lengkap: number;
  sebagian: number;
  belum: number;
  bukti: number;
  dibukaKembali: number;
  dinilai: number;
}

interface Row extends Counts {
  unitId: string;
  nama: string;
  jenis: string;
  langsung: boolean;
  adaSubunit: boolean;
}

interface Periode {
  kode: string;
  mulai: string;
  selesai: string;
  batasPengisian: string;
  keadaan: 'BELUM_MULAI' | 'PENGISIAN' | 'LEWAT_BATAS';
}

interface Rekap {
  tahun: number;
  periode: Periode;
  daftarPeriode: string[];
  unit: { id: string; nama: string };
  baris: Row[];
  jumlah: Counts;
}

interface SkpRow {
  skpId: string;
  nip: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jabatanNama: string | null;
  unitNama: string;
  ikiTotal: number;
  ikiTerisi: number;
  kelengkapan: Kelengkapan;
  terakhir: string | null;
  bukti: number;
  dibukaKembali: boolean;
}

const KEYS: ReadonlyArray<[keyof Counts, Kelengkapan]> = [
  ['lengkap', 'LENGKAP'],
  ['sebagian', 'SEBAGIAN'],
  ['belum', 'BELUM'],
];

const path = '/monitoring-pengisian/realisasi';

interface Drill {
  unitId: string;
  nama: string;
  kelengkapan: Kelengkapan;
  langsung: boolean;
}

function People({
  drill,
  tahun,
  periode,
  onClose,
}: {
  drill: Drill | null;
  tahun: number;
  periode: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const iid = useInstansiId();
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['instansi', iid, 'monitoring-realisasi-skp', drill, tahun, periode, page],
    queryFn: ({ signal }) =>
      api<{ total: number; pageSize: number; items: SkpRow[] }>(tenant(iid, `${path}/pegawai`), {
        query: {
          tahun,
          periode,
          unitId: drill?.unitId,
          kelengkapan: drill?.kelengkapan,
          langsung: drill?.langsung ? 'true' : undefined,
          page,
          pageSize: 50,
        },
        signal,
      }),
    enabled: drill !== null,
    placeholderData: keepPreviousData,
  });
  const columns: Column<SkpRow>[] = [
    {
      key: 'nama',
      label: t('skp.bawahan.nama'),
      primary: true,
      render: (p) => (
        <div>
          <Anchor component={Link} to={`/skp/${p.skpId}`}>
            {namaLengkap(p)}
          </Anchor>
          <Text size="xs" c="dimmed">
            {formatNip(p.nip)}
          </Text>
        </div>
      ),
    },
    { key: 'jabatan', label: t('skp.bawahan.jabatan'), render: (p) => p.jabatanNama ?? '—' },
    { key: 'unit', label: t('skp.common.unit'), render: (p) => p.unitNama },
    {
      key: 'iki',
      label: t('skp.monitoring.realisasi.iki'),
      render: (p) => `${formatNumber(p.ikiTerisi)} / ${formatNumber(p.ikiTotal)}`,
    },
    {
      key: 'terakhir',
      label: t('skp.monitoring.realisasi.terakhir'),
      render: (p) => (p.terakhir ? formatDate(p.terakhir.slice(0, 10)) : '—'),
    },
    { key: 'bukti', label: t('skp.monitoring.realisasi.bukti'), render: (p) => formatNumber(p.bukti) },
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
      title={drill ? `${drill.nama} · ${t(`skp.monitoring.realisasi.k.${drill.kelengkapan}`)}` : ''}
    >
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorAlert error={q.error} />
      ) : (
        <Stack gap="sm">
          <ResponsiveTable columns={columns} rows={q.data.items} rowKey={(p) => p.skpId} />
          {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
        </Stack>
      )}
    </Modal>
  );
}

const keadaanColor = { BELUM_MULAI: 'gray', PENGISIAN: 'blue', LEWAT_BATAS: 'orange' } as const;

export function MonitoringRealisasi({ tahun }: { tahun: number }) {
  const { t } = useTranslation();
  const iid = useInstansiId();
  const [trail, setTrail] = useState<{ id: string; nama: string }[]>([]);
  const [periode, setPeriode] = useState<string | null>(null);
  const [drill, setDrill] = useState<Drill | null>(null);
  const here = trail[trail.length - 1] ?? null;
  const q = useQuery({
    queryKey: ['instansi', iid, 'monitoring-realisasi', here?.id ?? null, tahun, periode],
    queryFn: ({ signal }) =>
      api<Rekap>(tenant(iid, path), { query: { unitId: here?.id, tahun, periode: periode ?? undefined }, signal }),
    placeholderData: keepPreviousData,
  });
  const kode = q.data?.periode.kode;
  const rowNama = (r: Row) =>
    r.langsung
      ? t('skp.monitoring.realisasi.langsung', { nama: r.nama })
      : t('skp.monitoring.realisasi.termasuk', { nama: r.nama });
  const label = (k: string) => t(`skp.periode.kodeLabel.${k}`, { defaultValue: k });

  const count = (r: Row, key: keyof Counts, kelengkapan: Kelengkapan) =>
    r[key] > 0 ? (
      <UnstyledButton
        onClick={() => setDrill({ unitId: r.unitId, nama: rowNama(r), kelengkapan, langsung: r.langsung })}
        aria-label={t('skp.monitoring.realisasi.lihat', {
          jumlah: formatNumber(r[key]),
          k: t(`skp.monitoring.realisasi.k.${kelengkapan}`),
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

  const columns: Column<Row>[] = [
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
            {rowNama(r)}
          </Anchor>
        ) : (
          rowNama(r)
        ),
    },
    { key: 'skp', label: t('skp.monitoring.realisasi.skp'), render: (r) => formatNumber(r.skp) },
    ...KEYS.map(([key, k]) => ({
      key,
      label: t(`skp.monitoring.realisasi.k.${k}`),
      render: (r: Row) => count(r, key, k),
    })),
    { key: 'bukti', label: t('skp.monitoring.realisasi.bukti'), render: (r) => formatNumber(r.bukti) },
    { key: 'dibuka', label: t('skp.monitoring.realisasi.dibuka'), render: (r) => formatNumber(r.dibukaKembali) },
  ];

  const exportUrl = withQuery(tenant(iid, `${path}/ekspor`), { tahun, unitId: here?.id, periode: kode });
  const crumbs = [
    { id: 'root', nama: q.data && !trail.length ? q.data.unit.nama : t('skp.monitoring.semua') },
    ...trail,
  ];

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('skp.monitoring.realisasi.periode')}
          data={(q.data?.daftarPeriode ?? []).map((k) => ({ value: k, label: label(k) }))}
          value={kode ?? null}
          onChange={(v) => v && setPeriode(v)}
          allowDeselect={false}
          w={200}
        />
        <Button
          component="a"
          href={exportUrl}
          download
          variant="default"
          disabled={!kode}
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
        >
          {t('skp.monitoring.realisasi.ekspor')}
        </Button>
      </Group>
      <Breadcrumbs separatorMargin={4} style={{ flexWrap: 'wrap' }}>
        {crumbs.map((u, i) =>
          i === crumbs.length - 1 ? (
            <Text key={u.id} size="sm" fw={600}>
              {u.nama}
            </Text>
          ) : (
            <Anchor key={u.id} component="button" type="button" size="sm" onClick={() => setTrail(trail.slice(0, i))}>
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
            <Badge color={keadaanColor[q.data.periode.keadaan]} variant="light">
              {t(`skp.monitoring.realisasi.keadaan.${q.data.periode.keadaan}`)}
            </Badge>
            <Text size="sm">
              {t('skp.monitoring.realisasi.rentang', {
                mulai: formatDate(q.data.periode.mulai),
                selesai: formatDate(q.data.periode.selesai),
                batas: formatDate(q.data.periode.batasPengisian),
              })}
            </Text>
          </Group>
          <Text size="sm">
            {t('skp.monitoring.realisasi.ringkasan', {
              lengkap: formatNumber(q.data.jumlah.lengkap),
              skp: formatNumber(q.data.jumlah.skp),
            })}
          </Text>
          <ResponsiveTable columns={columns} rows={q.data.baris} rowKey={(r) => `${r.unitId}|${r.langsung}`} />
        </Stack>
      )}
      {kode && <People drill={drill} tahun={tahun} periode={kode} onClose={() => setDrill(null)} />}
    </Stack>
  );
}
