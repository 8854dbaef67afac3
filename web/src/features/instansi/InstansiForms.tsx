/**
 * Dialogs of the Instansi page: create a tenant (super admin; the kode is permanent) and edit its
 * name, kind and head of government (its admins), the latter with optimistic concurrency.
 */
import { Alert, Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JENIS_INSTANSI, type JenisInstansi, PIMPINAN_BAWAAN } from '../../../../src/domain/instansi.ts';
import { useDemoAccounts } from '../../api/auth.ts';
import type { Instansi } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { fieldErrorsOf, isShownInFields } from '../../components/field-errors.ts';
import { ReloadConflictNotice } from '../../components/ReloadConflictNotice.tsx';
import { useVersionedForm } from '../../components/useVersionedForm.ts';
import { pickText } from '../../i18n/index.ts';
import { useCreateInstansi, useReloadInstansi, useUpdateInstansi } from './api.ts';

interface RecordValues {
  nama: string;
  jenis: JenisInstansi;
  jabatanPimpinan: string;
  namaPimpinan: string;
}

/**
 * The tenant record's editable fields, shared by both dialogs. Creating may leave the head's title
 * empty (the kind's default, shown as placeholder); editing requires one.
 */
function RecordFields<V extends RecordValues>({
  values,
  setValues,
  errors,
  creating,
}: {
  values: V;
  setValues: (v: V) => void;
  errors: Record<string, string>;
  creating: boolean;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<RecordValues>) => setValues({ ...values, ...patch });
  return (
    <>
      <TextInput
        label={t('instansi.nama')}
        placeholder={creating ? t('instansi.namaPlaceholder') : undefined}
        required
        value={values.nama}
        error={errors.nama}
        onChange={(e) => set({ nama: e.currentTarget.value })}
      />
      <Select
        label={t('instansi.jenisLabel')}
        data={JENIS_INSTANSI.map((v) => ({ value: v, label: t(`instansi.jenis.${v}`) }))}
        value={values.jenis}
        error={errors.jenis}
        onChange={(v) => v && set({ jenis: v as JenisInstansi })}
        allowDeselect={false}
      />
      <TextInput
        label={t('instansi.jabatanPimpinan')}
        description={creating ? t('instansi.jabatanPimpinanHint') : undefined}
        placeholder={creating ? PIMPINAN_BAWAAN[values.jenis] : undefined}
        required={!creating}
        value={values.jabatanPimpinan}
        error={errors.jabatanPimpinan}
        onChange={(e) => set({ jabatanPimpinan: e.currentTarget.value })}
      />
      <TextInput
        label={t('instansi.namaPimpinan')}
        value={values.namaPimpinan}
        error={errors.namaPimpinan}
        onChange={(e) => set({ namaPimpinan: e.currentTarget.value })}
      />
    </>
  );
}

const EMPTY = { kode: '', nama: '', jenis: 'KABUPATEN' as JenisInstansi, jabatanPimpinan: '', namaPimpinan: '' };

export function CreateInstansiModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (row: Instansi) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateInstansi();
  const demo = useDemoAccounts();
  const [values, setValues] = useState(EMPTY);
  const errors = fieldErrorsOf(create.error, pickText);
  const submit = () =>
    create.mutate(
      {
        kode: values.kode.trim(),
        nama: values.nama.trim(),
        jenis: values.jenis,
        jabatanPimpinan: values.jabatanPimpinan.trim() || undefined,
        namaPimpinan: values.namaPimpinan.trim() || null,
      },
      {
        onSuccess: (row) => {
          notifications.show({ color: 'green', message: t('instansi.created', { nama: row.nama }) });
          setValues(EMPTY);
          onCreated(row);
        },
      },
    );
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('instansi.add')}
      onSubmit={submit}
      submitting={create.isPending}
    >
      {demo.data?.isDemo && (
        <Alert color="orange" variant="light" title={t('instansi.demoWarningTitle')}>
          {t('instansi.demoWarning')}
        </Alert>
      )}
      {create.isError && !isShownInFields(create.error, errors) && (
        <ErrorAlert error={create.error} hideDetails={Object.keys(errors).length > 0} />
      )}
      <TextInput
        label={t('instansi.kode')}
        description={t('instansi.kodeHint')}
        required
        value={values.kode}
        error={errors.kode}
        onChange={(e) => setValues({ ...values, kode: e.currentTarget.value })}
      />
      <RecordFields values={values} setValues={setValues} errors={errors} creating />
    </FormModal>
  );
}

const editValues = (r: Instansi): RecordValues => ({
  nama: r.nama,
  jenis: r.jenis as JenisInstansi,
  jabatanPimpinan: r.jabatanPimpinan,
  namaPimpinan: r.namaPimpinan ?? '',
});

export function EditInstansiModal({ row, opened, onClose }: { row: Instansi; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateInstansi(row.id);
  const reloadLatest = useReloadInstansi(row.id);
  const form = useVersionedForm(row, opened, editValues, () => update.reset());
  const { values, setValues } = form;
  const errors = form.conflict ? {} : fieldErrorsOf(update.error, pickText);
  const submit = () => {
    form.clearConflict();
    update.mutate(
      {
        version: form.baseVersion,
        nama: values.nama.trim(),
        jenis: values.jenis,
        jabatanPimpinan: values.jabatanPimpinan.trim(),
        namaPimpinan: values.namaPimpinan.trim() || null,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('instansi.saved') });
          onClose();
        },
        onError: form.onSaveError,
      },
    );
  };
  const reload = () =>
    void form.reload(async () => {
      const latest = await reloadLatest();
      update.reset();
      return latest;
    });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('instansi.edit', { kode: row.kode })}
      onSubmit={submit}
      submitting={update.isPending}
    >
      {form.conflict && (
        <ReloadConflictNotice title={t('instansi.conflict')} onReload={reload} reloading={form.reloading} />
      )}
      {update.isError && !form.conflict && (
        <ErrorAlert error={update.error} hideDetails={Object.keys(errors).length > 0} />
      )}
      <RecordFields values={values} setValues={setValues} errors={errors} creating={false} />
    </FormModal>
  );
}
