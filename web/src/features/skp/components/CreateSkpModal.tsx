/** "Buat SKP": year, pendekatan (kuantitatif/kualitatif) and optional period dates. */
import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useCreateSkp } from '../api/skp.ts';
import type { Pendekatan } from '../api/types.ts';
import { YearSelect } from './Pickers.tsx';

export function CreateSkpModal({ opened, onClose, tahun }: { opened: boolean; onClose: () => void; tahun: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSkp();
  const [year, setYear] = useState<number>(tahun);
  const [pendekatan, setPendekatan] = useState<Pendekatan>('KUANTITATIF');
  const [mulai, setMulai] = useState('');
  const [selesai, setSelesai] = useState('');

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    create.mutate(
      { tahun: year, pendekatan, mulai: mulai || undefined, selesai: selesai || undefined },
      { onSuccess: (r) => navigate(`/skp/${r.id}`) },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('skp.create.title')} fullScreen={false} size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <YearSelect value={year} onChange={(v) => v && setYear(v)} />
          <Radio.Group
            label={t('skp.create.pendekatan')}
            value={pendekatan}
            onChange={(v) => setPendekatan(v as Pendekatan)}
          >
            <Stack gap="xs" mt={6}>
              {(['KUANTITATIF', 'KUALITATIF'] as const).map((p) => (
                <Radio
                  key={p}
                  value={p}
                  label={t(`skp.pendekatan.${p}`)}
                  description={t(`skp.create.pendekatanHelp.${p}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Text size="sm" c="dimmed">
            {t('skp.create.datesHint', { tahun: year })}
          </Text>
          <Group grow wrap="wrap">
            <TextInput
              type="date"
              label={t('skp.create.mulai')}
              value={mulai}
              onChange={(e) => setMulai(e.currentTarget.value)}
              miw={150}
            />
            <TextInput
              type="date"
              label={t('skp.create.selesai')}
              value={selesai}
              onChange={(e) => setSelesai(e.currentTarget.value)}
              miw={150}
            />
          </Group>
          {create.isError && <ErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('skp.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
