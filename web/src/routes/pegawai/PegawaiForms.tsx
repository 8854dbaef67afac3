/**
 * Admin forms of the pegawai page: edit the profile (NIP correction, names, contact, status) with
 * optimistic concurrency, and end a placement (a definitive one also closes the running SKP of that
 * position). A profile save that answers 409 keeps the entries and shows the conflict notice; field
 * errors of the API appear under their inputs.
 */
import { Alert, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeNip } from '../../../../src/domain/nip.ts';
import { useEndPlacement, useReloadPegawai, useUpdatePegawai } from '../../api/pegawai.ts';
import type { PegawaiDetail, Placement } from '../../api/types.ts';
import { FormErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { fieldErrorsOf } from '../../components/field-errors.ts';
import { formatDate, formatNip, todayIso } from '../../components/format.ts';
import { ReloadConflictNotice } from '../../components/ReloadConflictNotice.tsx';
import { useVersionedForm } from '../../components/useVersionedForm.ts';
import { pickText } from '../../i18n/index.ts';

type Profile = PegawaiDetail['pegawai'];

function fromProfile(p: Profile) {
  return {
    nip: formatNip(p.nip, p.jenisAsn),
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
  const reloadPegawai = useReloadPegawai(profile.id);
  const form = useVersionedForm(profile, opened, fromProfile, () => update.reset());
  const { values, setValues } = form;
  const errors = form.conflict ? {} : fieldErrorsOf(update.error, pickText);
  const set = (key: keyof ReturnType<typeof fromProfile>) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues({ ...values, [key]: e.currentTarget.value });
  const submit = () => {
    form.clearConflict();
    // The NIP goes along only when it was corrected (the server checks it like a new one).
    const nipChanged = normalizeNip(values.nip) !== profile.nip;
    update.mutate(
      {
        version: form.baseVersion,
        ...(nipChanged ? { nip: values.nip.trim() } : {}),
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
          notifications.show({ color: 'green', message: t('pegawaiAdmin.profileSaved') });
          onClose();
        },
        onError: form.onSaveError,
      },
    );
  };
  const reload = () =>
    void form.reload(async () => {
      const latest = (await reloadPegawai()).pegawai;
      update.reset();
      return latest;
    });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('pegawaiAdmin.editProfile')}
      onSubmit={submit}
      submitting={update.isPending}
    >
      {form.conflict && (
        <ReloadConflictNotice title={t('pegawaiAdmin.conflictProfile')} onReload={reload} reloading={form.reloading} />
      )}
      {!form.conflict && <FormErrorAlert error={update.error} fieldErrors={errors} />}
      <TextInput
        label={t('detail.nip')}
        description={t('pegawaiAdmin.nipHint')}
        inputWrapperOrder={['label', 'input', 'error', 'description']}
        required
        inputMode="numeric"
        autoComplete="off"
        styles={{ input: { fontFamily: 'monospace' } }}
        value={values.nip}
        error={errors.nip}
        onChange={set('nip')}
      />
      <TextInput label={t('detail.nama')} required value={values.nama} error={errors.nama} onChange={set('nama')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          label={t('detail.gelarDepan')}
          value={values.gelarDepan}
          error={errors.gelarDepan}
          onChange={set('gelarDepan')}
        />
        <TextInput
          label={t('detail.gelarBelakang')}
          value={values.gelarBelakang}
          error={errors.gelarBelakang}
          onChange={set('gelarBelakang')}
        />
        <TextInput
          label={t('detail.golongan')}
          value={values.golongan}
          error={errors.golongan}
          onChange={set('golongan')}
        />
        <Select
          label={t('detail.status')}
          data={['AKTIF', 'NONAKTIF'].map((s) => ({ value: s, label: t(`statusPegawai.${s}`) }))}
          value={values.status}
          error={errors.status}
          onChange={(v) => v && setValues({ ...values, status: v })}
          allowDeselect={false}
        />
        <TextInput
          label={t('detail.email')}
          type="email"
          value={values.email}
          error={errors.email}
          onChange={set('email')}
        />
        <TextInput
          label={t('detail.telepon')}
          type="tel"
          value={values.telepon}
          error={errors.telepon}
          onChange={set('telepon')}
        />
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
  const errors = fieldErrorsOf(end.error, pickText);
  // Ending a definitive position closes the person's running SKP of it (docs/skp.md, Transfer/promotion).
  const isDefinitif = placement?.jenis === 'DEFINITIF';
  // Each placement starts with a clean form (no error of the previous one).
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another placement is chosen
  useEffect(() => {
    if (!placement) return;
    end.reset();
    setSelesai(todayIso());
  }, [placement?.id]);
  const submit = () => {
    if (!placement) return;
    end.mutate(
      { penempatanId: placement.id, selesai },
      {
        onSuccess: () => {
          notifications.show(
            isDefinitif
              ? {
                  color: 'green',
                  autoClose: 12_000,
                  message: t('pegawaiAdmin.definitifEnded', { tanggal: formatDate(selesai) }),
                }
              : { color: 'green', message: t('pegawaiAdmin.placementEnded') },
          );
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
      {isDefinitif && (
        <Alert variant="light" color="blue" p="xs" role="note">
          <Text size="xs">{t('pegawaiAdmin.endDefinitifHint')}</Text>
        </Alert>
      )}
      <FormErrorAlert error={end.error} fieldErrors={errors} />
      <TextInput
        type="date"
        label={t('pegawaiAdmin.endDate')}
        required
        value={selesai}
        error={errors.selesai}
        onChange={(e) => setSelesai(e.currentTarget.value)}
      />
    </FormModal>
  );
}
