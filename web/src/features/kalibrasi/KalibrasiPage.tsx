/**
 * The calibration board (issue 11 item 3): one unit penilaian × year × period — the curve as on the
 * official form, the violations in plain words with the fix, the table of every employee with
 * change-in-place (a reason each), finalise (with an override when the pattern is violated), reopen,
 * and the change log. The server decides who may do what (`aksi`); the page offers only that.
 * The table is paged (50 rows) so a 500-person unit renders at once. On the board's first render
 * only the rows above the fold are drawn with it; the rest of the page of rows and the change log
 * follow in a background render right after (useSetelahTampil), so the board is on screen and
 * answers input sooner (issue 11: interactive < 1 s).
 */
import { Alert, Badge, Button, Card, Group, List, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { memo, startTransition, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import {
  PREDIKAT_LABEL,
  PREDIKAT_ORGANISASI_LABEL,
  type PredikatOrganisasi,
} from '../../../../src/domain/rules-engine.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNip } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useTeks } from '../kalkulator/shared.tsx';
import { UnitPicker, useOwnUnitRoots } from '../org/UnitPicker.tsx';
import { currentYear, YearSelect } from '../skp/components/Pickers.tsx';
import { type EvaluasiPapan, kunciDariUrl, type Papan, PERIODE_KALIBRASI, usePapan } from './api.ts';
import { BukaModal, FinalModal, UbahModal } from './Dialogs.tsx';
import { KurvaDistribusi } from './KurvaDistribusi.tsx';

const PAGE_SIZE = 50;
/** Rows drawn in the board's first render (those visible without scrolling, and some). */
const BARIS_AWAL = 12;

/**
 * False in the first render, true in a background (transition) render right after it: for the parts
 * below the fold, which then do not delay the first paint, and which input can interrupt.
 */
function useSetelahTampil(): boolean {
  const [siap, setSiap] = useState(false);
  useEffect(() => startTransition(() => setSiap(true)), []);
  return siap;
}

// Memoised: opening a dialog must not re-render the table and the curve (the board answers at once).
const Ringkasan = memo(function Ringkasan({ papan }: { papan: Papan }) {
  const { t } = useTranslation();
  const tx = useTeks();
  const { cek, kalibrasi, predikatOrganisasi } = papan;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge color={kalibrasi.status === 'FINAL' ? 'green' : 'blue'}>
          {t(`kalibrasi.status.${kalibrasi.status}`)}
        </Badge>
        {kalibrasi.override && <Badge color="red">{t('kalibrasi.override')}</Badge>}
        <Text size="sm">
          {t('kalibrasi.predikatOrganisasi')}:{' '}
          <b>
            {predikatOrganisasi
              ? tx(PREDIKAT_ORGANISASI_LABEL[predikatOrganisasi.predikat as PredikatOrganisasi])
              : t('kalibrasi.belumDitetapkan')}
          </b>
          {predikatOrganisasi && ` (${predikatOrganisasi.penetapNama})`}
        </Text>
        <Text size="sm">{t('kalibrasi.jumlahPegawai', { n: cek.nTotal, dinilai: cek.nDinilai })}</Text>
      </Group>
      {kalibrasi.override && kalibrasi.overrideAlasan && (
        <Alert color="red" title={t('kalibrasi.overrideJudul', { oleh: kalibrasi.finalOlehNama ?? '' })}>
          {kalibrasi.overrideAlasan}
        </Alert>
      )}
      {cek.sesuai === false ? (
        <Alert color="red" title={tx(cek.ringkasan)} role="alert">
          <List size="sm">
            {cek.pelanggaran.map((v) => (
              <List.Item key={v.aturan}>{tx(v.teks)}</List.Item>
            ))}
          </List>
          {cek.perbaikan.length > 0 && (
            <>
              <Text size="sm" fw={700} mt="xs">
                {t('kalibrasi.perbaikan')}
              </Text>
              <List size="sm">
                {cek.perbaikan.map((m) => (
                  <List.Item key={`${m.dari}-${m.ke}`}>{tx(m.teks)}</List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      ) : (
        <Alert color={cek.sesuai ? 'green' : 'yellow'} role="status">
          {tx(cek.ringkasan)}
          {cek.peringatan.map((w) => (
            <Text key={w.id} size="sm">
              {tx(w)}
            </Text>
          ))}
        </Alert>
      )}
    </Stack>
  );
});

const Tabel = memo(function Tabel({ papan, onUbah }: { papan: Papan; onUbah: ((e: EvaluasiPapan) => void) | null }) {
  const { t } = useTranslation();
  const tx = useTeks();
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState<string | null>(null);
  const rows = useMemo(
    () => (filter ? papan.evaluasi.filter((e) => (e.predikat ?? 'BELUM') === filter) : papan.evaluasi),
    [papan.evaluasi, filter],
  );
  const semua = useSetelahTampil();
  const shown = rows.slice((page - 1) * PAGE_SIZE, semua ? page * PAGE_SIZE : (page - 1) * PAGE_SIZE + BARIS_AWAL);
  const label = (p: EvaluasiPapan['predikat']) => (p ? tx(PREDIKAT_LABEL[p]) : t('kalibrasi.belumDinilai'));
  return (
    <Stack gap="xs">
      <Select
        label={t('kalibrasi.saring')}
        w={240}
        clearable
        value={filter}
        onChange={(v) => {
          setFilter(v);
          setPage(1);
        }}
        data={[
          ...Object.entries(PREDIKAT_LABEL).map(([value, l]) => ({ value, label: tx(l) })),
          { value: 'BELUM', label: t('kalibrasi.belumDinilai') },
        ]}
        comboboxProps={{ withinPortal: true }}
      />
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="tabel-kalibrasi">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kalibrasi.kolom.pegawai')}</Table.Th>
              <Table.Th>{t('kalibrasi.kolom.penilai')}</Table.Th>
              <Table.Th>{t('kalibrasi.kolom.ratingHasilKerja')}</Table.Th>
              <Table.Th>{t('kalibrasi.kolom.ratingPerilaku')}</Table.Th>
              <Table.Th>{t('kalibrasi.kolom.usulan')}</Table.Th>
              <Table.Th>{t('kalibrasi.kolom.predikat')}</Table.Th>
              <Table.Th>{t('kalibrasi.kolom.status')}</Table.Th>
              {onUbah && <Table.Th>{t('kalibrasi.kolom.aksi')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {e.nama}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatNip(e.nip)} · {e.jabatan ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>{e.penilaiNama ?? '—'}</Table.Td>
                <Table.Td>{e.ratingHasilKerja ? t(`kalibrasi.rating.${e.ratingHasilKerja}`) : '—'}</Table.Td>
                <Table.Td>{e.ratingPerilaku ? t(`kalibrasi.rating.${e.ratingPerilaku}`) : '—'}</Table.Td>
                <Table.Td>{label(e.predikatUsulan)}</Table.Td>
                <Table.Td>
                  <b>{label(e.predikat)}</b>
                  {e.predikatUsulan && e.predikat !== e.predikatUsulan && (
                    <Badge ml={4} size="xs" color="orange">
                      {t('kalibrasi.diubah')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{t(`kalibrasi.statusEvaluasi.${e.status}`, { defaultValue: e.status })}</Table.Td>
                {onUbah && (
                  <Table.Td>
                    {e.status === 'DRAFT' && e.predikat && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        aria-label={`${t('kalibrasi.ubah.tombol')}: ${e.nama}`}
                        onClick={() => onUbah(e)}
                      >
                        {t('kalibrasi.ubah.tombol')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager page={page} pageSize={PAGE_SIZE} total={rows.length} onChange={setPage} />
    </Stack>
  );
});

const Log = memo(function Log({ papan }: { papan: Papan }) {
  const { t, i18n } = useTranslation();
  const tx = useTeks();
  const tampil = useSetelahTampil();
  // One formatter for every entry (Date#toLocaleString builds one per call); the same output.
  const waktu = useMemo(
    () =>
      new Intl.DateTimeFormat(i18n.language, {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
    [i18n.language],
  );
  if (!tampil || !papan.perubahan.length) return null;
  return (
    <Card withBorder>
      <Text fw={700} mb="xs">
        {t('kalibrasi.log')}
      </Text>
      <List size="sm" spacing={4}>
        {papan.perubahan.map((c) => (
          <List.Item key={c.id}>
            {waktu.format(new Date(c.createdAt))} — {c.olehNama}: {c.pegawaiNama ?? '—'}{' '}
            {c.dari.predikat ? tx(PREDIKAT_LABEL[c.dari.predikat]) : '—'} → {tx(PREDIKAT_LABEL[c.ke.predikat])} (
            {c.alasan})
          </List.Item>
        ))}
      </List>
    </Card>
  );
});

export default function KalibrasiPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const roots = useOwnUnitRoots();
  const kunci = useMemo(() => kunciDariUrl(params), [params]);
  const unitId = kunci?.unitId ?? null;
  const tahun = kunci?.tahun ?? (Number(params.get('tahun')) || currentYear());
  const periodeKode = kunci?.periodeKode ?? params.get('periode') ?? 'AKHIR';
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const q = usePapan(kunci);
  const [ubah, setUbah] = useState<EvaluasiPapan | null>(null);
  const [modal, setModal] = useState<'final' | 'buka' | null>(null);
  const papan = q.data;
  return (
    <Page title={t('kalibrasi.judul')} subtitle={t('kalibrasi.subjudul')}>
      <Group align="flex-end" wrap="wrap">
        <UnitPicker label={t('kalibrasi.unit')} value={unitId} onChange={(v) => set('unit', v)} dalam={roots} w={360} />
        <YearSelect value={tahun} onChange={(v) => set('tahun', v ? String(v) : null)} />
        <Select
          label={t('kalibrasi.periode')}
          w={160}
          value={periodeKode}
          allowDeselect={false}
          data={PERIODE_KALIBRASI.map((p) => ({ value: p, label: t(`kalibrasi.periodeOpsi.${p}`) }))}
          onChange={(v) => set('periode', v)}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      {!kunci && <Text c="dimmed">{t('kalibrasi.pilihUnit')}</Text>}
      {kunci && q.isLoading && <Loading />}
      {q.isError && <ErrorAlert error={q.error} />}
      {papan && kunci && (
        <Stack>
          <Ringkasan papan={papan} />
          <SimpleGrid cols={{ base: 1 }}>
            <Card withBorder>
              <KurvaDistribusi
                org={papan.cek.predikatOrganisasi}
                jumlah={papan.cek.jumlah}
                rentang={papan.cek.rentang}
              />
            </Card>
          </SimpleGrid>
          <Group>
            {papan.aksi.includes('FINALKAN') && (
              <Button onClick={() => setModal('final')} color={papan.cek.perluOverride ? 'red' : undefined}>
                {t('kalibrasi.final.tombolBuka')}
              </Button>
            )}
            {papan.aksi.includes('BUKA_KEMBALI') && (
              <Button variant="default" onClick={() => setModal('buka')}>
                {t('kalibrasi.buka.judul')}
              </Button>
            )}
          </Group>
          <Tabel papan={papan} onUbah={papan.aksi.includes('UBAH') ? setUbah : null} />
          <Log papan={papan} />
          {ubah && <UbahModal k={kunci} e={ubah} onClose={() => setUbah(null)} />}
          {modal === 'final' && <FinalModal k={kunci} papan={papan} onClose={() => setModal(null)} />}
          {modal === 'buka' && <BukaModal k={kunci} papan={papan} onClose={() => setModal(null)} />}
        </Stack>
      )}
    </Page>
  );
}
