/**
 * One keberatan: the filing (KEBERATAN), the appraiser's explanation, the employee's explanation and
 * the atasan's decision — the blocks of the Dokumen Evaluasi Kinerja Pegawai — with the forms the
 * caller's actions allow (the server's `aksi`).
 */
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { type Hasil, useKasus } from './api.ts';
import { EvaluasiRingkasCard } from './EvaluasiRingkasCard.tsx';
import { KeputusanForm } from './KeputusanForm.tsx';
import { PenjelasanForm } from './PenjelasanForm.tsx';
import { KeberatanStatusBadge, periodeLabel } from './parts.tsx';

function Blok({ judul, children }: { judul: string; children: ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Title order={2} fz="sm" tt="uppercase" style={{ overflowWrap: 'anywhere' }}>
          {judul}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

function Isi({ teks, at }: { teks: string | null; at: string | null }) {
  const { t } = useTranslation();
  if (!teks) return <Text c="dimmed">{t('keberatan.kasus.belumAda')}</Text>;
  return (
    <Stack gap={2}>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{teks}</Text>
      {at && (
        <Text size="sm" c="dimmed">
          {t('keberatan.kasus.dicatat', { tanggal: formatDate(at.slice(0, 10)) })}
        </Text>
      )}
    </Stack>
  );
}

export default function KasusPage() {
  const { t } = useTranslation();
  const { keberatanId = '' } = useParams();
  const q = useKasus(keberatanId);
  if (q.isError && !q.data) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Loading />;
  const k = q.data;
  const reload = () => void q.refetch();
  const saya = new Set(k.peranSaya);
  const hasilTeks = (h: Hasil | null) =>
    h
      ? `${t(`keberatan.rating.${h.ratingHasilKerja}`)} / ${t(`keberatan.rating.${h.ratingPerilaku}`)} → ${t(`keberatan.predikatOpsi.${h.predikat}`)}`
      : '—';
  const tujuan =
    k.tujuan.jenis === 'PEGAWAI'
      ? (k.tujuan.nama ?? '')
      : t('keberatan.kasus.tujuanPimpinan', { jabatan: k.tujuan.jabatan });
  const bolehPenilai = k.aksi.includes('PENJELASAN_PENILAI');
  const bolehPegawai = k.aksi.includes('PENJELASAN_PEGAWAI');
  return (
    <Page
      title={t('keberatan.kasus.title', { nama: k.evaluasi.pegawai.nama })}
      subtitle={
        <Group gap="xs" wrap="wrap">
          <span>{periodeLabel(k.evaluasi, t)}</span>
          <KeberatanStatusBadge status={k.status} />
        </Group>
      }
      breadcrumb={
        <Anchor
          component={Link}
          to={
            saya.has('PEMILIK')
              ? '/keberatan'
              : saya.has('ADMIN') || saya.has('PEMBACA')
                ? '/keberatan/instansi'
                : '/keberatan/masuk'
          }
          size="sm"
        >
          ←{' '}
          {saya.has('PEMILIK')
            ? t('keberatan.nav.saya')
            : saya.has('ADMIN') || saya.has('PEMBACA')
              ? t('keberatan.nav.instansi')
              : t('keberatan.nav.masuk')}
        </Anchor>
      }
    >
      <EvaluasiRingkasCard e={k.evaluasi} hasil={k.hasilSebelum} title={t('keberatan.kasus.hasilAwal')} />
      <Text size="sm">
        <Text span fw={600}>
          {t('keberatan.atasan')}:
        </Text>{' '}
        {tujuan}
      </Text>
      <Blok judul={t('keberatan.kasus.alasan')}>
        <Isi teks={k.alasan} at={k.diajukanAt} />
        {k.permintaan && (k.permintaan.ratingHasilKerja || k.permintaan.ratingPerilaku) && (
          <Text size="sm">
            {t('keberatan.kasus.permintaan', {
              hk: k.permintaan.ratingHasilKerja ? t(`keberatan.rating.${k.permintaan.ratingHasilKerja}`) : '—',
              rp: k.permintaan.ratingPerilaku ? t(`keberatan.rating.${k.permintaan.ratingPerilaku}`) : '—',
            })}
          </Text>
        )}
      </Blok>
      <Blok judul={t('keberatan.kasus.penjelasanPenilai')}>
        <Isi teks={k.penjelasanPenilai} at={k.penjelasanPenilaiAt} />
        {bolehPenilai && (
          <PenjelasanForm
            key={`pn-${k.version}`}
            keberatanId={k.id}
            pihak="penilai"
            version={k.version}
            awal={k.penjelasanPenilai}
            olehAtasan={!saya.has('PENILAI')}
            onReload={reload}
          />
        )}
      </Blok>
      <Blok judul={t('keberatan.kasus.penjelasanPegawai')}>
        <Isi teks={k.penjelasanPegawai} at={k.penjelasanPegawaiAt} />
        {bolehPegawai && (
          <PenjelasanForm
            key={`pg-${k.version}`}
            keberatanId={k.id}
            pihak="pegawai"
            version={k.version}
            awal={k.penjelasanPegawai}
            olehAtasan={!saya.has('PEMILIK')}
            onReload={reload}
          />
        )}
      </Blok>
      <Blok judul={t('keberatan.kasus.keputusan')}>
        {k.keputusan ? (
          <Stack gap={4}>
            <Text fw={600}>{k.keputusan === 'UBAH' ? t('keberatan.kasus.ubah') : t('keberatan.kasus.tetap')}</Text>
            <Text size="sm">
              {t('keberatan.kasus.sebelumSesudah', {
                sebelum: hasilTeks(k.hasilSebelum),
                sesudah: hasilTeks(k.hasilSesudah),
              })}
            </Text>
            <Isi teks={k.keputusanAlasan} at={null} />
            {k.diputuskanAt && (
              <Text size="sm" c="dimmed">
                {t('keberatan.kasus.diputuskan', {
                  tanggal: formatDate(k.diputuskanAt.slice(0, 10)),
                  oleh: k.diputuskanOlehNama ?? '',
                })}
              </Text>
            )}
          </Stack>
        ) : k.aksi.includes('PUTUSKAN') ? (
          <KeputusanForm key={`kp-${k.version}`} k={k} onReload={reload} />
        ) : (
          <Text c="dimmed">
            {saya.has('ATASAN') ? t('keberatan.kasus.perluPenjelasanPenilai') : t('keberatan.kasus.belumAda')}
          </Text>
        )}
      </Blok>
    </Page>
  );
}
