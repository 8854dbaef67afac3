/** The pieces of the evaluation form: an RHK card (targets, realisasi, evidence, threads, mark) and a rating. */
import { Anchor, Badge, Card, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import { usePermintaan } from '../masukan360/api.ts';
import { type EvaluasiForm, type IsiPenilaian, RATINGS, type Rating } from './api.ts';

export function RhkCard({
  r,
  isi,
  setIsi,
  edit,
  iid,
}: {
  iid: string;
  r: EvaluasiForm['rhk'][number];
  isi: IsiPenilaian;
  setIsi: (i: IsiPenilaian) => void;
  edit: boolean;
}) {
  const { t } = useTranslation();
  const mark = isi.penilaianRhk[r.id] ?? { penilaian: null, umpanBalik: '' };
  const setMark = (m: Partial<typeof mark>) =>
    setIsi({ ...isi, penilaianRhk: { ...isi.penilaianRhk, [r.id]: { ...mark, ...m } } });
  const buktiN = r.iki.reduce((n, k) => n + k.bukti.length, 0);
  return (
    <Card withBorder radius="md" p="sm" component="section" aria-label={r.teks}>
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge variant="light" color={r.jenis === 'UTAMA' ? 'blue' : 'gray'}>
            {r.jenis === 'UTAMA' ? t('evaluasi.utama') : t('evaluasi.tambahan')}
          </Badge>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {r.teks}
          </Text>
        </Group>
        {r.iki.map((k) => (
          <div key={k.id}>
            <Text size="sm">{k.indikator}</Text>
            <Text size="xs" c="dimmed">
              {t('evaluasi.target')}: {k.targetTeks ?? `${k.targetNilai ?? '-'} ${k.targetSatuan ?? ''}`} ·{' '}
              {t('evaluasi.realisasi')}:{' '}
              {k.realisasi.length
                ? k.realisasi
                    .map((x) => `${k.realisasi.length > 1 ? `${x.periodeKode} ` : ''}${x.nilai ?? x.teks ?? '-'}`)
                    .join('; ')
                : t('evaluasi.belumAdaRealisasi')}
            </Text>
            {k.bukti.length > 0 && (
              <Group gap={6}>
                {k.bukti.map((b) => (
                  <Anchor
                    key={b.id}
                    size="xs"
                    href={b.url ?? `/api/instansi/${iid}/bukti/${b.id}/unduh`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {b.judul}
                  </Anchor>
                ))}
              </Group>
            )}
          </div>
        ))}
        <Text size="xs" c="dimmed">
          {t('evaluasi.bukti', { n: buktiN })} · {t('evaluasi.umpanBalikUtas', { n: r.umpanBalik.length })}
        </Text>
        {r.umpanBalik.map((u) => (
          <Text key={u.id} size="xs" style={{ overflowWrap: 'anywhere' }}>
            <b>{u.penulis}</b> ({formatDate(u.createdAt)}): {u.teks}
            {u.balasan > 0 && ` — ${t('evaluasi.balasan', { n: u.balasan })}`}
          </Text>
        ))}
        {edit ? (
          <>
            <Text size="sm" fw={500} id={`tanda-${r.id}`}>
              {t('evaluasi.tandaRhk')}
            </Text>
            <SegmentedControl
              aria-labelledby={`tanda-${r.id}`}
              fullWidth
              orientation="horizontal"
              size="xs"
              value={mark.penilaian ?? ''}
              onChange={(v) => setMark({ penilaian: (v || null) as Rating | null })}
              data={RATINGS.map((x) => ({ value: x, label: t(`evaluasi.rating.${x}`) }))}
            />
            <Textarea
              label={t('evaluasi.umpanBalikRhk')}
              autosize
              minRows={1}
              maxLength={4000}
              value={mark.umpanBalik}
              onChange={(e) => setMark({ umpanBalik: e.currentTarget.value })}
            />
          </>
        ) : (
          mark.penilaian && (
            <Text size="sm">
              {t('evaluasi.tandaRhk')}: <b>{t(`evaluasi.rating.${mark.penilaian}`)}</b>
              {mark.umpanBalik && ` — ${mark.umpanBalik}`}
            </Text>
          )
        )}
      </Stack>
    </Card>
  );
}

/** One of the three ratings, one tap on a phone (a radio group named by its label). */
export function RatingPilihan({
  id,
  label,
  value,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  value: Rating | null;
  disabled: boolean;
  onChange: (v: Rating) => void;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={500} id={id} mb={4}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        fullWidth
        size="xs"
        disabled={disabled}
        value={value ?? ''}
        onChange={(v) => onChange(v as Rating)}
        data={RATINGS.map((x) => ({ value: x, label: t(`evaluasi.rating.${x}`) }))}
      />
    </div>
  );
}

/**
 * The 360° aggregate beside the behaviour rating, where the masukan360 API shows one (its own rule:
 * enough answers, no further answer possible); the period's request first, else the latest shown.
 */
export function Masukan360Ringkas({ iid, skpId, periode }: { iid: string; skpId: string; periode: string }) {
  const { t, i18n } = useTranslation();
  const q = usePermintaan(iid, skpId);
  const list = q.data?.permintaan.filter((p) => p.hasil) ?? [];
  const p = list.find((x) => x.periodeKode === periode) ?? list[0];
  if (!p?.hasil) return null;
  const nama = (kode: string) => {
    const n = q.data?.nilai.find((x) => x.kode === kode)?.nama;
    return n ? (i18n.language === 'en' ? n.en : n.id) : kode;
  };
  return (
    <Card withBorder radius="md" p="sm" component="section" aria-label={t('evaluasi.masukan360')}>
      <Text fw={600}>
        {t('evaluasi.masukan360')} ({p.hasil.n})
      </Text>
      {p.hasil.nilai.map((v) => (
        <Text key={v.kode} size="sm">
          {nama(v.kode)}: {v.rataRata === null ? '-' : v.rataRata.toFixed(1)} / 5
        </Text>
      ))}
    </Card>
  );
}
