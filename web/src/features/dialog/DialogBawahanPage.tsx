/**
 * The appraiser's subordinates with and without a dialogue in the chosen period, and the form that
 * schedules one (the agenda is proposed by the server from the SKP).
 */
import { Alert, Anchor, Button, Card, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNip } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { currentYear, YearSelect } from '../skp/components/Pickers.tsx';
import { type BawahanDialog, JENIS_DIALOG, useDialogBawahan, useJadwalkan } from './api.ts';
import { DialogStatusBadge, dialogLabel } from './parts.tsx';

type Item = BawahanDialog['items'][number];

function JadwalModal({ item, periodeKode, onClose }: { item: Item; periodeKode: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useJadwalkan();
  const [jenis, setJenis] = useState<string>('DIALOG');
  const [waktu, setWaktu] = useState('');
  const [durasi, setDurasi] = useState<number>(60);
  const [tempat, setTempat] = useState('');
  const submit = () =>
    save.mutate(
      {
        skpId: item.skpId as string,
        periodeKode,
        jenis,
        // The browser's local time, sent with its offset (the server stores UTC).
        jadwal: new Date(waktu).toISOString(),
        durasiMenit: durasi,
        tempat: tempat.trim() || null,
      },
      {
        onSuccess: (r) => {
          notifications.show({ color: 'green', message: t('dialog.dijadwalkan') });
          onClose();
          void navigate(`/dialog/${r.id}`);
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('dialog.jadwalkanUntuk', { nama: item.pegawai.nama })}>
      <Stack>
        {save.isError && <ErrorAlert error={save.error} />}
        <Select
          label={t('dialog.jenis')}
          value={jenis}
          allowDeselect={false}
          data={JENIS_DIALOG.map((j) => ({ value: j, label: t(`dialog.jenisOpsi.${j}`) }))}
          onChange={(v) => setJenis(v ?? 'DIALOG')}
        />
        <TextInput
          type="datetime-local"
          label={t('dialog.waktu')}
          required
          value={waktu}
          onChange={(e) => setWaktu(e.currentTarget.value)}
        />
        <NumberInput
          label={t('dialog.durasi')}
          min={15}
          max={480}
          step={15}
          value={durasi}
          onChange={(v) => setDurasi(Number(v) || 60)}
        />
        <TextInput
          label={t('dialog.tempat')}
          maxLength={500}
          value={tempat}
          onChange={(e) => setTempat(e.currentTarget.value)}
        />
        <Button onClick={submit} loading={save.isPending} disabled={!waktu}>
          {t('dialog.simpanJadwal')}
        </Button>
      </Stack>
    </Modal>
  );
}

export default function DialogBawahanPage() {
  const { t } = useTranslation();
  const [tahun, setTahun] = useState<number>(currentYear());
  const [periode, setPeriode] = useState<string | null>(null);
  const [jadwal, setJadwal] = useState<Item | null>(null);
  const q = useDialogBawahan(tahun, periode);
  if (q.isError && !q.data) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Loading />;
  const data = q.data;
  const belum = data.items.filter((i) => i.dialog.length === 0).length;
  return (
    <Page title={t('dialog.bawahanTitle')} subtitle={t('dialog.bawahanSubtitle')}>
      <Group gap="sm" wrap="wrap">
        <YearSelect
          value={tahun}
          onChange={(v) => {
            setTahun(v ?? currentYear());
            setPeriode(null);
          }}
        />
        <Select
          label={t('dialog.periode')}
          w={140}
          allowDeselect={false}
          value={data.periodeKode}
          data={data.periode.map((p) => p.kode)}
          onChange={(v) => setPeriode(v)}
        />
      </Group>
      {data.items.length > 0 && (
        <Alert color={belum ? 'yellow' : 'green'} variant="light">
          {t('dialog.ringkasBelum', { n: belum, total: data.items.length })}
        </Alert>
      )}
      <Stack gap="xs">
        {data.items.map((item) => (
          <Card key={item.pegawai.id} withBorder padding="sm">
            <Stack gap={6}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={0}>
                  <Text fw={600}>{item.pegawai.nama}</Text>
                  <Text size="sm" c="dimmed">
                    {formatNip(item.pegawai.nip)}
                    {item.pegawai.jabatanNama ? ` · ${item.pegawai.jabatanNama}` : ''}
                  </Text>
                </Stack>
                {item.skpId ? (
                  <Button
                    size="xs"
                    onClick={() => setJadwal(item)}
                    aria-label={t('dialog.jadwalkanUntuk', { nama: item.pegawai.nama })}
                  >
                    {t('dialog.jadwalkan')}
                  </Button>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('dialog.tanpaSkp')}
                  </Text>
                )}
              </Group>
              {item.dialog.length === 0 ? (
                <Text size="sm" fw={600}>
                  {t('dialog.belumAda')}
                </Text>
              ) : (
                item.dialog.map((d) => (
                  <Group key={d.id} gap="xs" wrap="wrap">
                    <Anchor component={Link} to={`/dialog/${d.id}`} size="sm">
                      {dialogLabel(d, t)}
                    </Anchor>
                    <DialogStatusBadge status={d.status} />
                  </Group>
                ))
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
      {jadwal && <JadwalModal item={jadwal} periodeKode={data.periodeKode} onClose={() => setJadwal(null)} />}
    </Page>
  );
}
