/**
 * Set an appraiser override (delegation): search the appraiser by name or NIP, dates, reason. Field
 * errors of the API appear under their inputs.
 */
import { Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddOverride, usePegawaiList } from '../../api/pegawai.ts';
import { FormErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { fieldErrorsOf } from '../../components/field-errors.ts';
import { formatNip, todayIso } from '../../components/format.ts';
import { pickText } from '../../i18n/index.ts';

export function AddOverrideModal({
  pegawaiId,
  opened,
  onClose,
}: {
  pegawaiId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddOverride(pegawaiId);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [penilaiId, setPenilaiId] = useState<string | null>(null);
  const [mulai, setMulai] = useState(todayIso());
  const [selesai, setSelesai] = useState('');
  const [alasan, setAlasan] = useState('');
  const [touched, setTouched] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new opening starts without the last error
  useEffect(() => {
    if (opened) add.reset();
  }, [opened]);
  const serverErrors = fieldErrorsOf(add.error, pickText);
  const candidates = usePegawaiList(
    { q: debounced || undefined, pageSize: 20 },
    { enabled: opened && debounced.length >= 2 },
  );
  const options = (candidates.data?.items ?? [])
    .filter((p) => p.id !== pegawaiId)
    .map((p) => ({
      value: p.id,
      label: `${p.nama} — ${formatNip(p.nip, p.jenisAsn)}${p.jabatanNama ? ` — ${p.jabatanNama}` : ''}`,
    }));
  const submit = () => {
    setTouched(true);
    if (!penilaiId || alasan.trim().length < 3) return;
    add.mutate(
      { penilaiPegawaiId: penilaiId, mulai, selesai: selesai || null, alasan: alasan.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('pegawaiAdmin.overrideSaved') });
          setPenilaiId(null);
          setAlasan('');
          setTouched(false);
          onClose();
        },
      },
    );
  };
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('pegawaiAdmin.addOverride')}
      onSubmit={submit}
      submitting={add.isPending}
    >
      <Text size="sm" c="dimmed">
        {t('pegawaiAdmin.overrideHint')}
      </Text>
      <FormErrorAlert error={add.error} fieldErrors={serverErrors} />
      <Select
        label={t('pegawaiAdmin.overridePenilai')}
        placeholder={t('pegawaiAdmin.overridePenilaiPlaceholder')}
        required
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options: all }) => all}
        data={options}
        value={penilaiId}
        onChange={setPenilaiId}
        nothingFoundMessage={debounced.length >= 2 ? t('list.none') : t('list.searchPlaceholder')}
        error={touched && !penilaiId ? t('common.required') : serverErrors.penilaiPegawaiId}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          type="date"
          label={t('pegawaiAdmin.mulai')}
          required
          value={mulai}
          error={serverErrors.mulai}
          onChange={(e) => setMulai(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('pegawaiAdmin.selesai')}
          description={t('pegawaiAdmin.selesaiHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={selesai}
          error={serverErrors.selesai}
          onChange={(e) => setSelesai(e.currentTarget.value)}
        />
      </SimpleGrid>
      <Textarea
        label={t('pegawaiAdmin.overrideAlasan')}
        required
        minLength={3}
        maxLength={300}
        autosize
        minRows={2}
        value={alasan}
        onChange={(e) => setAlasan(e.currentTarget.value)}
        error={touched && alasan.trim().length < 3 ? t('common.required') : serverErrors.alasan}
      />
    </FormModal>
  );
}
