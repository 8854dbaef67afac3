/**
 * Admin forms of the unit page: edit the unit (name, code, type, head position) with optimistic
 * concurrency, add a sub-unit, add a position. Editing a position: EditJabatanModal.tsx.
 */
import { Checkbox, NumberInput, Select, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  JENIS_JABATAN,
  JENIS_UNIT,
  JENJANG,
  type JenisJabatan,
  type JenisUnit,
  type Jenjang,
} from '../../api/enums.ts';
import { useCreateJabatan, useCreateUnit, useReloadUnit, useUpdateUnit } from '../../api/org.ts';
import type { UnitDetail } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { fieldErrorsOf } from '../../components/field-errors.ts';
import { ReloadConflictNotice } from '../../components/ReloadConflictNotice.tsx';
import { useVersionedForm } from '../../components/useVersionedForm.ts';
import { pickText } from '../../i18n/index.ts';

export function useEnumOptions(values: readonly string[], prefix: string) {
  const { t } = useTranslation();
  return values.map((v) => ({ value: v, label: t(`${prefix}.${v}`, { defaultValue: v }) }));
}

const unitValues = (u: UnitDetail['unit']) => ({
  nama: u.nama,
  kode: u.kode,
  jenis: u.jenis,
  kepalaJabatanId: u.kepalaJabatanId,
});

export function EditUnitModal({
  detail,
  opened,
  onClose,
}: {
  detail: UnitDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const u = detail.unit;
  const update = useUpdateUnit(u.id);
  const reloadUnit = useReloadUnit(u.id);
  const form = useVersionedForm(u, opened, unitValues, () => update.reset());
  const { values, setValues } = form;
  const jenisOptions = useEnumOptions(JENIS_UNIT, 'jenisUnit');
  const errors = form.conflict ? {} : fieldErrorsOf(update.error, pickText);
  const submit = () => {
    form.clearConflict();
    update.mutate(
      {
        version: form.baseVersion,
        nama: values.nama.trim(),
        kode: values.kode.trim(),
        jenis: values.jenis as JenisUnit,
        kepalaJabatanId: values.kepalaJabatanId,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('unitForm.saved') });
          onClose();
        },
        onError: form.onSaveError,
      },
    );
  };
  const reload = () =>
    void form.reload(async () => {
      const latest = (await reloadUnit()).unit;
      update.reset();
      return latest;
    });
  return (
    <FormModal opened={opened} onClose={onClose} title={t('unit.edit')} onSubmit={submit} submitting={update.isPending}>
      {form.conflict && (
        <ReloadConflictNotice title={t('unitForm.conflictUnit')} onReload={reload} reloading={form.reloading} />
      )}
      {update.isError && !form.conflict && (
        <ErrorAlert error={update.error} hideDetails={Object.keys(errors).length > 0} />
      )}
      <TextInput
        label={t('unitForm.nama')}
        required
        value={values.nama}
        error={errors.nama}
        onChange={(e) => setValues({ ...values, nama: e.currentTarget.value })}
      />
      <TextInput
        label={t('unitForm.kode')}
        description={t('unitForm.kodeHint')}
        required
        value={values.kode}
        error={errors.kode}
        onChange={(e) => setValues({ ...values, kode: e.currentTarget.value })}
      />
      <Select
        label={t('unitForm.jenis')}
        data={jenisOptions}
        value={values.jenis}
        error={errors.jenis}
        onChange={(v) => v && setValues({ ...values, jenis: v })}
        allowDeselect={false}
        searchable
      />
      <Select
        label={t('unitForm.kepala')}
        description={t('unitForm.kepalaHint')}
        data={[
          { value: '', label: t('unitForm.kepalaNone') },
          ...detail.jabatan.map((j) => ({ value: j.id, label: j.nama })),
        ]}
        value={values.kepalaJabatanId ?? ''}
        error={errors.kepalaJabatanId}
        onChange={(v) => setValues({ ...values, kepalaJabatanId: v || null })}
        allowDeselect={false}
      />
    </FormModal>
  );
}

export function AddUnitModal({
  parent,
  opened,
  onClose,
}: {
  /** null: the top unit of an empty instansi (the government itself). */
  parent: UnitDetail['unit'] | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUnit();
  const [values, setValues] = useState({ nama: '', kode: '', jenis: (parent ? 'SEKSI' : 'PEMDA') as string });
  const jenisOptions = useEnumOptions(JENIS_UNIT, 'jenisUnit');
  const submit = () =>
    create.mutate(
      {
        nama: values.nama.trim(),
        kode: values.kode.trim(),
        jenis: values.jenis as JenisUnit,
        parentId: parent?.id ?? null,
      },
      {
        onSuccess: (res) => {
          notifications.show({ color: 'green', message: t('unitForm.created') });
          onClose();
          setValues({ nama: '', kode: '', jenis: values.jenis });
          void navigate(`/organisasi/${res.id}`);
        },
      },
    );
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={parent ? t('unit.addUnit') : t('org.addRoot')}
      onSubmit={submit}
      submitting={create.isPending}
    >
      <Text size="sm" c="dimmed">
        {parent ? t('unitForm.parent', { nama: parent.nama }) : t('org.addRootHint')}
      </Text>
      {create.isError && <ErrorAlert error={create.error} />}
      <TextInput
        label={t('unitForm.nama')}
        required
        value={values.nama}
        onChange={(e) => setValues({ ...values, nama: e.currentTarget.value })}
      />
      <TextInput
        label={t('unitForm.kode')}
        description={t('unitForm.kodeHint')}
        required
        value={values.kode}
        onChange={(e) => setValues({ ...values, kode: e.currentTarget.value })}
      />
      <Select
        label={t('unitForm.jenis')}
        data={jenisOptions}
        value={values.jenis}
        onChange={(v) => v && setValues({ ...values, jenis: v })}
        allowDeselect={false}
        searchable
      />
    </FormModal>
  );
}

const EMPTY_JABATAN = {
  nama: '',
  kode: '',
  jenis: 'PELAKSANA' as string,
  jenjang: null as string | null,
  kelas: '' as string | number,
  isKepala: false,
};

export function AddJabatanModal({
  unit,
  opened,
  onClose,
}: {
  unit: UnitDetail['unit'];
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateJabatan();
  const [values, setValues] = useState(EMPTY_JABATAN);
  const jenisOptions = useEnumOptions(JENIS_JABATAN, 'jenisJabatan');
  const jenjangOptions = useEnumOptions(JENJANG, 'jenjang');
  const isFungsional = values.jenis === 'FUNGSIONAL';
  const submit = () =>
    create.mutate(
      {
        unitId: unit.id,
        nama: values.nama.trim(),
        kode: values.kode.trim(),
        jenis: values.jenis as JenisJabatan,
        jenjang: isFungsional ? (values.jenjang as Jenjang | null) : null,
        kelas: typeof values.kelas === 'number' ? values.kelas : null,
        isKepala: values.isKepala,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('unitForm.jabatanCreated') });
          setValues(EMPTY_JABATAN);
          onClose();
        },
      },
    );
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('unit.addJabatan')}
      onSubmit={submit}
      submitting={create.isPending}
    >
      <Text size="sm" c="dimmed">
        {unit.nama}
      </Text>
      {create.isError && <ErrorAlert error={create.error} />}
      <TextInput
        label={t('unitForm.jabatanNama')}
        required
        value={values.nama}
        onChange={(e) => setValues({ ...values, nama: e.currentTarget.value })}
      />
      <TextInput
        label={t('unitForm.jabatanKode')}
        required
        value={values.kode}
        onChange={(e) => setValues({ ...values, kode: e.currentTarget.value })}
      />
      <Select
        label={t('unitForm.jabatanJenis')}
        data={jenisOptions}
        value={values.jenis}
        onChange={(v) => v && setValues({ ...values, jenis: v })}
        allowDeselect={false}
      />
      {isFungsional && (
        <Select
          label={t('unitForm.jenjang')}
          description={t('unitForm.jenjangHint')}
          required
          data={jenjangOptions}
          value={values.jenjang}
          onChange={(v) => setValues({ ...values, jenjang: v })}
        />
      )}
      <NumberInput
        label={t('unitForm.kelas')}
        min={1}
        max={17}
        value={values.kelas}
        onChange={(v) => setValues({ ...values, kelas: v })}
      />
      <Checkbox
        label={t('unitForm.makeKepala')}
        checked={values.isKepala}
        onChange={(e) => setValues({ ...values, isKepala: e.currentTarget.checked })}
      />
    </FormModal>
  );
}
