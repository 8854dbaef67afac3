/**
 * One dialogue: when and where, the calendar invitation, both confirmations; the appraiser records
 * it (RekamForm) while it is not locked; the employee confirms and, after a coaching session, gives
 * feedback (Format B.1.8); the appraiser adds the competency check (B.1.9). What is offered follows
 * `aksi` from the server, so the page never offers what the API would refuse.
 */
import { Alert, Anchor, Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useInstansiId } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import {
  type DialogDetail,
  KRITERIA_COACHING,
  undanganUrl,
  useBatal,
  useCekKompetensi,
  useDialog,
  useKonfirmasi,
  useUmpanBalikCoaching,
} from './api.ts';
import { DialogStatusBadge, dialogLabel, ItemStatusBadge } from './parts.tsx';
import { RekamForm } from './RekamForm.tsx';

const BIMBINGAN = ['COACHING', 'MENTORING', 'KONSELING'];

function Skor({ value, onChange, label }: { value: number | null; onChange: (v: number) => void; label: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm">{label}</Text>
      <Group gap={4} role="radiogroup" aria-label={label}>
        {[1, 2, 3, 4, 5].map((n) => (
          <Button
            key={n}
            size="xs"
            variant={value === n ? 'filled' : 'default'}
            role="radio"
            aria-checked={value === n}
            aria-label={`${label}: ${n}`}
            onClick={() => onChange(n)}
          >
            {n}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

function UmpanBalikCoachingForm({ d }: { d: DialogDetail }) {
  const { t } = useTranslation();
  const save = useUmpanBalikCoaching(d.id);
  const [skor, setSkor] = useState<Record<string, number>>({});
  const [komentar, setKomentar] = useState('');
  const lengkap = KRITERIA_COACHING.every((k) => skor[k]);
  return (
    <Card withBorder padding="sm">
      <Title order={2} fz="h4">
        {t('dialog.coachingTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('dialog.coachingHint')}
      </Text>
      <Stack gap="xs">
        {KRITERIA_COACHING.map((k) => (
          <Skor
            key={k}
            label={t(`dialog.kriteria.${k}`)}
            value={skor[k] ?? null}
            onChange={(v) => setSkor({ ...skor, [k]: v })}
          />
        ))}
        <Textarea
          label={t('dialog.komentar')}
          maxLength={2000}
          autosize
          value={komentar}
          onChange={(e) => setKomentar(e.currentTarget.value)}
        />
        {save.isError && <ErrorAlert error={save.error} />}
        <Button
          disabled={!lengkap}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { version: d.version, skor, komentar: komentar.trim() || null },
              { onSuccess: () => notifications.show({ color: 'green', message: t('dialog.terkirim') }) },
            )
          }
        >
          {t('dialog.kirimUmpanBalik')}
        </Button>
      </Stack>
    </Card>
  );
}

function CekKompetensiForm({ d }: { d: DialogDetail }) {
  const { t } = useTranslation();
  const save = useCekKompetensi(d.id);
  const awal = d.pengembangan.map((p) => p.kompetensi);
  const [items, setItems] = useState(
    (awal.length ? awal : ['']).map((kompetensi) => ({ kompetensi, skor: 0, alasan: '' })),
  );
  const set = (i: number, v: Partial<(typeof items)[number]>) =>
    setItems(items.map((x, k) => (k === i ? { ...x, ...v } : x)));
  return (
    <Card withBorder padding="sm">
      <Title order={2} fz="h4" mb="xs">
        {t('dialog.cekTitle')}
      </Title>
      <Stack gap="xs">
        {items.map((x, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows of a one-shot form
          <Stack key={i} gap={4}>
            <TextInput
              label={t('dialog.kompetensi')}
              value={x.kompetensi}
              maxLength={200}
              onChange={(e) => set(i, { kompetensi: e.currentTarget.value })}
            />
            <Skor
              label={`${t('dialog.skor')}: ${x.kompetensi || i + 1}`}
              value={x.skor || null}
              onChange={(v) => set(i, { skor: v })}
            />
            <Textarea
              label={t('dialog.alasan')}
              maxLength={2000}
              autosize
              value={x.alasan}
              onChange={(e) => set(i, { alasan: e.currentTarget.value })}
            />
          </Stack>
        ))}
        {save.isError && <ErrorAlert error={save.error} />}
        <Button
          disabled={items.some((x) => !x.kompetensi.trim() || !x.skor || !x.alasan.trim())}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { version: d.version, items },
              { onSuccess: () => notifications.show({ color: 'green', message: t('dialog.terkirim') }) },
            )
          }
        >
          {t('dialog.kirimCek')}
        </Button>
      </Stack>
    </Card>
  );
}

/** The record as read by everyone who may read it (and by the appraiser once it is locked). */
function RecordView({ d }: { d: DialogDetail }) {
  const { t } = useTranslation();
  const rhk = new Map(d.rhk.map((r) => [r.id, r.teks]));
  const about = (a: { rhkId: string | null; perilakuKode: string | null; kompetensi: string | null }) =>
    a.rhkId ? rhk.get(a.rhkId) : a.perilakuKode ? t(`dialog.berakhlak.${a.perilakuKode}`) : a.kompetensi;
  const notes = (
    [
      ['hasil', 'catatanHasil'],
      ['kompetensi', 'catatanKompetensi'],
      ['perilaku', 'catatanPerilaku'],
      ['aspirasiPendek', 'aspirasiPendek'],
      ['aspirasiMenengah', 'aspirasiMenengah'],
    ] as const
  ).filter(([k]) => d.catatan[k]);
  return (
    <Stack>
      <Card withBorder padding="sm">
        <Title order={2} fz="h4" mb="xs">
          {t('dialog.agenda')}
        </Title>
        <Stack gap={6}>
          {d.agenda.map((a) => (
            <Stack key={a.id} gap={0}>
              <Text fw={600} size="sm">
                {t(`dialog.topikOpsi.${a.topik}`)}
                {about(a) ? `: ${about(a)}` : ''}
              </Text>
              {a.catatan && <Text size="sm">{a.catatan}</Text>}
            </Stack>
          ))}
        </Stack>
      </Card>
      {notes.length > 0 && (
        <Card withBorder padding="sm">
          <Title order={2} fz="h4" mb="xs">
            {t('dialog.catatanTopik')}
          </Title>
          {notes.map(([k, label]) => (
            <Stack key={k} gap={0} mb={6}>
              <Text fw={600} size="sm">
                {t(`dialog.${label}`)}
              </Text>
              <Text size="sm">{d.catatan[k]}</Text>
            </Stack>
          ))}
        </Card>
      )}
      <Card withBorder padding="sm">
        <Title order={2} fz="h4" mb="xs">
          {t('dialog.pengembangan')}
        </Title>
        <Stack gap={6}>
          {[...d.untukDinilai, ...d.pengembangan].map((p) => (
            <Group key={p.id} justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {p.kompetensi} · {p.metodeNama}
                </Text>
                {p.targetTanggal && (
                  <Text size="sm">{t('dialog.target', { tanggal: formatDate(p.targetTanggal) })}</Text>
                )}
                {p.penjelasan && <Text size="sm">{p.penjelasan}</Text>}
                {p.dibawaDariId && <Text size="sm">{t('dialog.dibawa')}</Text>}
              </Stack>
              <ItemStatusBadge status={p.status} />
            </Group>
          ))}
        </Stack>
        {d.tindakLanjutTanggal && (
          <Text size="sm" mt="xs">
            {t('dialog.tindakLanjut')}: {formatDate(d.tindakLanjutTanggal)}
          </Text>
        )}
      </Card>
    </Stack>
  );
}

export default function DialogPage() {
  const { t } = useTranslation();
  const iid = useInstansiId();
  const { dialogId = '' } = useParams();
  const q = useDialog(dialogId);
  const konfirmasi = useKonfirmasi(dialogId);
  const batal = useBatal(dialogId);
  if (q.isError && !q.data) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Loading />;
  const d = q.data;
  const kelola = d.aksi.includes('KELOLA_DIALOG');
  const status = (ok: boolean) => t(ok ? 'dialog.sudahKonfirmasi' : 'dialog.belumKonfirmasi');
  return (
    <Page title={dialogLabel(d, t)} subtitle={`${d.pegawai.nama} — ${d.penilai.nama}`}>
      <Card withBorder padding="sm">
        <Stack gap={6}>
          <Group gap="xs" wrap="wrap">
            <DialogStatusBadge status={d.status} />
            {d.tempat && <Text size="sm">{d.tempat}</Text>}
          </Group>
          <Text size="sm">{t('dialog.konfirmasiPegawai', { status: status(d.dikonfirmasiPegawai) })}</Text>
          <Text size="sm">{t('dialog.konfirmasiPenilai', { status: status(d.dikonfirmasiPenilai) })}</Text>
          <Group gap="sm" wrap="wrap">
            {d.status !== 'SELESAI' && (
              <Anchor href={undanganUrl(iid, d.id)} download size="sm">
                <Group gap={4} component="span">
                  <IconCalendarEvent size={16} aria-hidden />
                  {t('dialog.undangan')}
                </Group>
              </Anchor>
            )}
            {kelola && d.status === 'DIJADWALKAN' && (
              <Button
                size="xs"
                variant="default"
                color="red"
                loading={batal.isPending}
                onClick={() => batal.mutate(d.version)}
              >
                {t('dialog.batalkan')}
              </Button>
            )}
          </Group>
        </Stack>
      </Card>
      {d.terkunci && <Alert color="green">{t('dialog.terkunci')}</Alert>}
      {konfirmasi.isError && <ErrorAlert error={konfirmasi.error} />}
      {batal.isError && <ErrorAlert error={batal.error} />}
      {d.aksi.includes('KONFIRMASI_DIALOG') && (
        <Button
          loading={konfirmasi.isPending}
          onClick={() =>
            konfirmasi.mutate(d.version, {
              onSuccess: () => notifications.show({ color: 'green', message: t('dialog.dikonfirmasi') }),
            })
          }
        >
          {t('dialog.konfirmasi')}
        </Button>
      )}
      {kelola ? <RekamForm key={d.version} d={d} /> : <RecordView d={d} />}
      {d.aksi.includes('UMPAN_BALIK_COACHING') && <UmpanBalikCoachingForm d={d} />}
      {kelola && BIMBINGAN.includes(d.jenis) && d.status === 'SELESAI' && !d.catatan.cekKompetensi && (
        <CekKompetensiForm d={d} />
      )}
    </Page>
  );
}
