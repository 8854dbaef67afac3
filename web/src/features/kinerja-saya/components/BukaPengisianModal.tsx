/** The appraiser reopens a period's entry after its deadline: a reason and an until-date (at most 30 days). */
import { Button, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { todayIso } from '../../../components/format.ts';
import { useBukaPengisian } from '../api.ts';

export function BukaPengisianModal({
  skpId,
  periode,
  opened,
  onClose,
}: {
  skpId: string;
  periode: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const buka = useBukaPengisian(skpId);
  const [alasan, setAlasan] = useState('');
  const [sampai, setSampai] = useState(() => {
    const d = new Date(`${todayIso()}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 7);
    return d.toISOString().slice(0, 10);
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('pelaksanaan.buka.title', { periode })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          buka.mutate({ periode, alasan, sampai }, { onSuccess: onClose });
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={t('pelaksanaan.buka.alasan')}
            value={alasan}
            onChange={(e) => setAlasan(e.currentTarget.value)}
            required
            maxLength={1000}
            autosize
            minRows={2}
            data-autofocus
          />
          <TextInput
            type="date"
            label={t('pelaksanaan.buka.sampai')}
            value={sampai}
            onChange={(e) => setSampai(e.currentTarget.value)}
            required
            min={todayIso()}
          />
          {buka.error ? <ErrorAlert error={buka.error} /> : null}
          <Button type="submit" loading={buka.isPending}>
            {t('pelaksanaan.buka.submit')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
