/**
 * The employee's filing form from their evaluation: the deadline and days left, the addressee (the
 * atasan pejabat penilai resolved by the server), the reasons and the ratings asked for. When filing
 * is not possible the page says why, in the API's own words.
 */
import { Alert, Anchor, Button, Group, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { pickText } from '../../i18n/index.ts';
import { RATINGS, type Rating, useAjukan, useInfoPengajuan } from './api.ts';
import { EvaluasiRingkasCard } from './EvaluasiRingkasCard.tsx';
import { periodeLabel, SisaWaktu } from './parts.tsx';

const ALASAN_MIN = 20;

export default function AjukanPage() {
  const { t } = useTranslation();
  const { evaluasiId = '' } = useParams();
  const q = useInfoPengajuan(evaluasiId);
  const ajukan = useAjukan(evaluasiId);
  const navigate = useNavigate();
  const [alasan, setAlasan] = useState('');
  const [hk, setHk] = useState<Rating | null>(null);
  const [rp, setRp] = useState<Rating | null>(null);
  if (q.isError && !q.data) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Loading />;
  const info = q.data;
  if (info.keberatan) return <Navigate to={`/keberatan/${info.keberatan.id}`} replace />;
  const e = info.evaluasi;
  const ratingData = [
    { value: '', label: t('keberatan.form.tidakMeminta') },
    ...RATINGS.map((r) => ({ value: r, label: t(`keberatan.rating.${r}`) })),
  ];
  const kepadaLabel = info.tujuan
    ? info.tujuan.jenis === 'PEGAWAI'
      ? (info.tujuan.nama ?? '')
      : t('keberatan.form.kepadaPimpinan', { jabatan: info.tujuan.jabatan })
    : '';
  const terlaluPendek = alasan.trim().length < ALASAN_MIN;
  const kirim = () => {
    if (!info.tujuan || terlaluPendek) return;
    const permintaan =
      hk || rp ? { ...(hk ? { ratingHasilKerja: hk } : {}), ...(rp ? { ratingPerilaku: rp } : {}) } : null;
    ajukan.mutate(
      { kepada: info.tujuan.kepada, alasan: alasan.trim(), permintaan, evaluasiVersion: e.version },
      { onSuccess: (r) => navigate(`/keberatan/${r.id}`) },
    );
  };
  return (
    <Page
      title={t('keberatan.form.title')}
      subtitle={periodeLabel(e, t)}
      breadcrumb={
        <Anchor component={Link} to="/keberatan" size="sm">
          ← {t('keberatan.nav.saya')}
        </Anchor>
      }
    >
      <EvaluasiRingkasCard e={e} />
      <Stack gap={2}>
        <SisaWaktu batas={e.batasKeberatan} sisaHari={info.sisaHari} />
        {e.diterimaAt && (
          <Text size="sm" c="dimmed">
            {t('keberatan.jendela', {
              n: info.jendela.jumlahHari,
              jenis: t(`keberatan.jenisHari.${info.jendela.jenisHari}`),
              diterima: formatDate(e.diterimaAt.slice(0, 10)),
            })}
          </Text>
        )}
      </Stack>
      {!info.bolehAjukan && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconInfoCircle />}
          title={t('keberatan.form.tidakBoleh')}
          role="status"
        >
          <Text size="sm">{info.penolakan ? pickText(info.penolakan.message) : t('keberatan.form.bukanPemilik')}</Text>
        </Alert>
      )}
      {info.bolehAjukan && info.tujuan && (
        <Stack
          gap="sm"
          component="form"
          onSubmit={(ev) => {
            ev.preventDefault();
            kirim();
          }}
        >
          <Text size="sm">
            <Text span fw={600}>
              {t('keberatan.form.kepada')}:
            </Text>{' '}
            {kepadaLabel}
          </Text>
          <Textarea
            label={t('keberatan.form.alasan')}
            description={t('keberatan.form.alasanHint')}
            required
            autosize
            minRows={5}
            maxLength={5000}
            value={alasan}
            onChange={(ev) => setAlasan(ev.currentTarget.value)}
            error={alasan.length > 0 && terlaluPendek ? `${alasan.trim().length}/${ALASAN_MIN}` : undefined}
          />
          <Text size="sm" fw={500}>
            {t('keberatan.form.permintaan')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('keberatan.hasilKerja')}
              data={ratingData}
              value={hk ?? ''}
              onChange={(v) => setHk(v ? (v as Rating) : null)}
              allowDeselect={false}
            />
            <Select
              label={t('keberatan.perilaku')}
              data={ratingData}
              value={rp ?? ''}
              onChange={(v) => setRp(v ? (v as Rating) : null)}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('keberatan.form.final')}
          </Text>
          {ajukan.isError && <ErrorAlert error={ajukan.error} onRetry={() => q.refetch()} />}
          <Group>
            <Button type="submit" loading={ajukan.isPending} disabled={terlaluPendek}>
              {t('keberatan.form.kirim')}
            </Button>
          </Group>
        </Stack>
      )}
    </Page>
  );
}
