/** Admin forms of the pegawai page: edit profile (versioned, 409 handled) and end a placement. */
import { Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useEndPlacement, useUpdatePegawai } from '../../api/pegawai.ts';
import type { PegawaiDetail, Placement } from '../../api/types.ts';
import { ConflictAlert, ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { todayIso } from '../../components/format.ts';

type Profile = PegawaiDetail['pegawai'];

function fromProfile(p: Profile) {
  return {
    nama: p.nama,
    gelarDepan: p.gelarDepan ?? '',
    gelarBelakang: p.gelarBelakang ?? '',
    golongan: p.golongan ?? '',
    email: p.email ?? '',
    telepon: p.telepon ?? '',
    status: p.status,
  };
}

const orNull = (v: string) => (v.trim() ? v.trim() : null);

export function EditProfileModal({
  profile,
  opened,
  onClose,
}: {
  profile: Profile;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdatePegawai(profile.id);
  const [values, setValues] = useState(() => fromProfile(profile));
  const [conflict, setConflict] = useState(false);
  // Reload the form whenever the server's version changes (after a save or a 409 conflict).
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the version on purpose
  useEffect(() => setValues(fromProfile(profile)), [profile.version, opened]);
  const set = (key: keyof ReturnType<typeof fromProfile>) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues({ ...values, [key]: e.currentTarget.value });
  const submit = () => {
    setConflict(false);
    update.mutate(
      {
        version: profile.version,
        nama: values.nama.trim(),
        gelarDepan: orNull(values.gelarDepan),
        gelarBelakang: orNull(values.gelarBelakang),
        golongan: orNull(values.golongan),
        email: orNull(values.email),
        telepon: orNull(values.telepon),
        status: values.status as 'AKTIF' | 'NONAKTIF',
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('common.saved') });
          onClose();
        },
        onError: (err) => setConflict(err instanceof ApiError && err.isConflict),
      },
    );
  };
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('pegawaiAdmin.editProfile')}
      onSubmit={submit}
      submitting={update.isPending}
    >
      {conflict && <ConflictAlert />}
      {update.isError && !conflict && <ErrorAlert error={update.error} />}
      <TextInput label={t('detail.nama')} required value={values.nama} onChange={set('nama')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput label={t('detail.gelarDepan')} value={values.gelarDepan} onChange={set('gelarDepan')} />
        <TextInput label={t('detail.gelarBelakang')} value={values.gelarBelakang} onChange={set('gelarBelakang')} />
        <TextInput label={t('detail.golongan')} value={values.golongan} onChange={set('golongan')} />
        <Select
          label={t('detail.status')}
          data={['AKTIF', 'NONAKTIF'].map((s) => ({ value: s, label: t(`statusPegawai.${s}`) }))}
          value={values.status}
          onChange={(v) => v && setValues({ ...values, status: v })}
          allowDeselect={false}
        />
        <TextInput label={t('detail.email')} type="email" value={values.email} onChange={set('email')} />
        <TextInput label={t('detail.telepon')} type="tel" value={values.telepon} onChange={set('telepon')} />
      </SimpleGrid>
    </FormModal>
  );
}

export function EndPlacementModal({
  pegawaiId,
  placement,
  onClose,
}: {
  pegawaiId: string;
  placement: Placement | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const end = useEndPlacement(pegawaiId);
  const [selesai, setSelesai] = useState(todayIso());
  const submit = () => {
    if (!placement) return;
    end.mutate(
      { penempatanId: placement.id, selesai },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('common.saved') });
          onClose();
        },
      },
    );
  };
  return (
    <FormModal
      opened={!!placement}
      onClose={onClose}
      title={t('pegawaiAdmin.endPlacementTitle')}
      onSubmit={submit}
      submitting={end.isPending}
    >
      {placement && (
        <Text size="sm">
          {placement.jabatanNama} · {placement.unitNama}
        </Text>
      )}
      {end.isError && <ErrorAlert error={end.error} />}
      <TextInput
        type="date"
        label={t('pegawaiAdmin.endDate')}
        required
        value={selesai}
        onChange={(e) => setSelesai(e.currentTarget.value)}
      />
    </FormModal>
  );
}
