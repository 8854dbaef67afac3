/** The board's dialogs: change in place (with a reason), finalise (with an override), reopen. */
import { Alert, Button, Checkbox, Group, List, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREDIKAT_LABEL, predikatFromRatings, RATINGS, type Rating } from '../../../../src/domain/rules-engine.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useTeks } from '../kalkulator/shared.tsx';
import { type EvaluasiPapan, type KunciPapan, type Papan, useBukaKembali, useFinalkan, useUbah } from './api.ts';

/** Minimum length of an override's justification (decision 0502; the server checks it too). */
const MIN_ALASAN_OVERRIDE = 20;

export function UbahModal({ k, e, onClose }: { k: KunciPapan; e: EvaluasiPapan; onClose: () => void }) {
  const { t } = useTranslation();
  const tx = useTeks();
  const save = useUbah(k);
  const headFixed = e.ratingHasilKerjaSumber === 'PREDIKAT_ORGANISASI';
  const [hk, setHk] = useState<Rating>((e.ratingHasilKerja ?? 'SESUAI') as Rating);
  const [rp, setRp] = useState<Rating>((e.ratingPerilaku ?? 'SESUAI') as Rating);
  const [alasan, setAlasan] = useState('');
  const hasil = predikatFromRatings(hk, rp);
  const unchanged = hk === e.ratingHasilKerja && rp === e.ratingPerilaku;
  const ratingData = RATINGS.map((r) => ({ value: r, label: t(`kalibrasi.rating.${r}`) }));
  const submit = () =>
    save.mutate(
      {
        evaluasiId: e.id,
        ...(headFixed ? {} : { ratingHasilKerja: hk }),
        ratingPerilaku: rp,
        alasan: alasan.trim(),
        version: e.version,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('kalibrasi.ubah.tersimpan', { nama: e.nama }) });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('kalibrasi.ubah.judul', { nama: e.nama })}>
      <Stack>
        {save.isError && <ErrorAlert error={save.error} />}
        <Select
          label={t('kalibrasi.kolom.ratingHasilKerja')}
          data={ratingData}
          value={hk}
          allowDeselect={false}
          disabled={headFixed}
          description={headFixed ? t('kalibrasi.ubah.pimpinan') : undefined}
          onChange={(v) => setHk((v ?? hk) as Rating)}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('kalibrasi.kolom.ratingPerilaku')}
          data={ratingData}
          value={rp}
          allowDeselect={false}
          onChange={(v) => setRp((v ?? rp) as Rating)}
          comboboxProps={{ withinPortal: true }}
        />
        <Text size="sm" role="status">
          {t('kalibrasi.ubah.hasil', { predikat: tx(PREDIKAT_LABEL[hasil.predikat]) })}
        </Text>
        <Textarea
          label={t('kalibrasi.ubah.alasan')}
          description={t('kalibrasi.ubah.alasanBantuan')}
          required
          autosize
          minRows={2}
          value={alasan}
          onChange={(ev) => setAlasan(ev.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('kalibrasi.batal')}
          </Button>
          <Button onClick={submit} loading={save.isPending} disabled={unchanged || alasan.trim().length < 5}>
            {t('kalibrasi.ubah.simpan')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function FinalModal({ k, papan, onClose }: { k: KunciPapan; papan: Papan; onClose: () => void }) {
  const { t } = useTranslation();
  const tx = useTeks();
  const save = useFinalkan(k);
  const perlu = papan.cek.perluOverride;
  const [override, setOverride] = useState(false);
  const [alasan, setAlasan] = useState('');
  const ok = !perlu || (override && alasan.trim().length >= MIN_ALASAN_OVERRIDE);
  const submit = () =>
    save.mutate(
      { ...(perlu ? { override, alasan: alasan.trim() } : {}), version: papan.kalibrasi.version },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('kalibrasi.final.berhasil') });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('kalibrasi.final.judul')} size="lg">
      <Stack>
        {save.isError && <ErrorAlert error={save.error} />}
        {perlu ? (
          <>
            <Alert color="red" title={t('kalibrasi.final.melanggar')}>
              <List size="sm">
                {papan.cek.pelanggaran.map((v) => (
                  <List.Item key={v.aturan}>{tx(v.teks)}</List.Item>
                ))}
              </List>
            </Alert>
            <Checkbox
              label={t('kalibrasi.final.override')}
              checked={override}
              onChange={(ev) => setOverride(ev.currentTarget.checked)}
            />
            <Textarea
              label={t('kalibrasi.final.alasan')}
              description={t('kalibrasi.final.alasanBantuan', { n: MIN_ALASAN_OVERRIDE })}
              required
              disabled={!override}
              autosize
              minRows={3}
              value={alasan}
              onChange={(ev) => setAlasan(ev.currentTarget.value)}
            />
          </>
        ) : (
          <Text>{t('kalibrasi.final.sesuai', { n: papan.cek.nTotal })}</Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('kalibrasi.batal')}
          </Button>
          <Button color={perlu ? 'red' : undefined} onClick={submit} loading={save.isPending} disabled={!ok}>
            {perlu ? t('kalibrasi.final.tombolOverride') : t('kalibrasi.final.tombol')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function BukaModal({ k, papan, onClose }: { k: KunciPapan; papan: Papan; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useBukaKembali(k);
  const [alasan, setAlasan] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('kalibrasi.buka.judul')}>
      <Stack>
        {save.isError && <ErrorAlert error={save.error} />}
        <Textarea
          label={t('kalibrasi.buka.alasan')}
          required
          autosize
          minRows={2}
          value={alasan}
          onChange={(ev) => setAlasan(ev.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('kalibrasi.batal')}
          </Button>
          <Button
            loading={save.isPending}
            disabled={alasan.trim().length < 5}
            onClick={() =>
              save.mutate({ alasan: alasan.trim(), version: papan.kalibrasi.version }, { onSuccess: onClose })
            }
          >
            {t('kalibrasi.buka.tombol')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
