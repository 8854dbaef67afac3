/**
 * Dialog of the unit page that edits a position: name, code, type, jenjang (functional positions),
 * class and the explicit direct superior. Saves with the version it was loaded from; a 409 shows the
 * conflict notice, field errors of the API appear under their inputs.
 */
import { NumberInput, Select, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JENIS_JABATAN, JENJANG, type JenisJabatan, type Jenjang } from '../../api/enums.ts';
import { useReloadUnit, useUnit, useUpdateJabatan } from '../../api/org.ts';
import type { JabatanInUnit, UnitDetail } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { fieldErrorsOf } from '../../components/field-errors.ts';
import { ReloadConflictNotice } from '../../components/ReloadConflictNotice.tsx';
import { useVersionedForm } from '../../components/useVersionedForm.ts';
import { pickText } from '../../i18n/index.ts';
import { useEnumOptions } from './UnitForms.tsx';

const toValues = (j: JabatanInUnit) => ({
  nama: j.nama,
  kode: j.kode,
  jenis: j.jenis,
  jenjang: j.jenjang,
  kelas: (j.kelas ?? '') as string | number,
  atasanJabatanId: j.atasanJabatanId,
});

/** Candidate superiors: the other positions of this unit and the positions of its parent unit. */
function useAtasanOptions(detail: UnitDetail, jabatan: JabatanInUnit, current: string | null, opened: boolean) {
  const { t } = useTranslation();
  const parentId = detail.unit.parentId;
  const parent = useUnit(parentId ?? '', { enabled: opened && !!parentId });
  return useMemo(() => {
    const groups = [
      {
        group: detail.unit.nama,
        items: detail.jabatan.filter((j) => j.id !== jabatan.id).map((j) => ({ value: j.id, label: j.nama })),
      },
    ];
    if (parent.data) {
      groups.push({
        group: parent.data.unit.nama,
        items: parent.data.jabatan.map((j) => ({ value: j.id, label: j.nama })),
      });
    }
    const nonEmpty = groups.filter((g) => g.items.length > 0);
    // A superior elsewhere in the tree stays selectable (named generically: only its id is known here).
    const known = groups.some((g) => g.items.some((i) => i.value === current));
    if (current && !known && !(parentId && parent.isPending)) {
      return [{ value: current, label: t('jabatanForm.atasanOther') }, ...nonEmpty];
    }
    return nonEmpty;
  }, [detail, jabatan.id, parent.data, parent.isPending, parentId, current, t]);
}

export function EditJabatanModal({
  detail,
  jabatan,
  opened,
  onClose,
}: {
  detail: UnitDetail;
  jabatan: JabatanInUnit;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateJabatan(jabatan.id);
  const reloadUnit = useReloadUnit(detail.unit.id);
  const [missingJenjang, setMissingJenjang] = useState(false);
  const form = useVersionedForm(jabatan, opened, toValues, () => {
    update.reset();
    setMissingJenjang(false);
  });
  const { values, setValues } = form;
  const jenisOptions = useEnumOptions(JENIS_JABATAN, 'jenisJabatan');
  const jenjangOptions = useEnumOptions(JENJANG, 'jenjang');
  const atasanOptions = useAtasanOptions(detail, jabatan, values.atasanJabatanId, opened);
  const isFungsional = values.jenis === 'FUNGSIONAL';
  const serverErrors = form.conflict ? {} : fieldErrorsOf(update.error, pickText);
  const errors: Record<string, string> = {
    ...serverErrors,
    ...(missingJenjang && isFungsional && !values.jenjang ? { jenjang: t('jabatanForm.jenjangRequired') } : {}),
  };

  const submit = () => {
    if (isFungsional && !values.jenjang) {
      setMissingJenjang(true);
      return;
    }
    form.clearConflict();
    update.mutate(
      {
        version: form.baseVersion,
        nama: values.nama.trim(),
        kode: values.kode.trim(),
        jenis: values.jenis as JenisJabatan,
        jenjang: isFungsional ? (values.jenjang as Jenjang) : null,
        kelas: typeof values.kelas === 'number' ? values.kelas : null,
        atasanJabatanId: values.atasanJabatanId,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('jabatanForm.saved') });
          onClose();
        },
        onError: form.onSaveError,
      },
    );
  };
  const reload = () =>
    void form.reload(async () => {
      const latest = (await reloadUnit()).jabatan.find((j) => j.id === jabatan.id);
      update.reset();
      return latest;
    });

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('jabatanForm.title')}
      onSubmit={submit}
      submitting={update.isPending}
    >
      <Text size="sm" c="dimmed">
        {detail.unit.nama}
        {jabatan.pemegang.length > 0 ? ` · ${t('jabatanForm.holders', { count: jabatan.pemegang.length })}` : ''}
      </Text>
      {form.conflict && (
        <ReloadConflictNotice title={t('unitForm.conflictJabatan')} onReload={reload} reloading={form.reloading} />
      )}
      {update.isError && !form.conflict && (
        <ErrorAlert error={update.error} hideDetails={Object.keys(serverErrors).length > 0} />
      )}
      <TextInput
        label={t('unitForm.jabatanNama')}
        required
        value={values.nama}
        error={errors.nama}
        onChange={(e) => setValues({ ...values, nama: e.currentTarget.value })}
      />
      <TextInput
        label={t('unitForm.jabatanKode')}
        description={t('jabatanForm.kodeHint')}
        required
        value={values.kode}
        error={errors.kode}
        onChange={(e) => setValues({ ...values, kode: e.currentTarget.value })}
      />
      <Select
        label={t('unitForm.jabatanJenis')}
        data={jenisOptions}
        value={values.jenis}
        error={errors.jenis}
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
          error={errors.jenjang}
          onChange={(v) => setValues({ ...values, jenjang: v })}
        />
      )}
      <NumberInput
        label={t('unitForm.kelas')}
        min={1}
        max={17}
        value={values.kelas}
        error={errors.kelas}
        onChange={(v) => setValues({ ...values, kelas: v })}
      />
      <Select
        label={t('jabatanForm.atasan')}
        description={t('jabatanForm.atasanHint')}
        placeholder={t('jabatanForm.atasanAuto')}
        data={atasanOptions}
        value={values.atasanJabatanId}
        error={errors.atasanJabatanId}
        onChange={(v) => setValues({ ...values, atasanJabatanId: v })}
        clearable
        searchable
      />
    </FormModal>
  );
}
