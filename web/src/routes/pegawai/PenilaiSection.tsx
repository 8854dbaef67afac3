/**
 * Who appraises this person and why, today or on a chosen date (GET …/penilai?tanggal=), plus the
 * appraiser overrides that apply to them.
 */
import { ActionIcon, Anchor, Button, Card, Group, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePenilai, useRemoveOverride } from '../../api/pegawai.ts';
import type { PegawaiDetail } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, namaLengkap } from '../../components/format.ts';
import { PenilaiExplanation } from '../../components/PenilaiExplanation.tsx';

export function PenilaiSection({ detail }: { detail: PegawaiDetail }) {
  const { t } = useTranslation();
  const [tanggal, setTanggal] = useState('');
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(tanggal);
  const onDate = usePenilai(detail.pegawai.id, valid ? tanggal : null);
  const explanation = valid && onDate.data ? onDate.data : detail.penilai;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('penilai.title')}>
      <Stack gap="md">
        <Group align="flex-end" gap="sm">
          <TextInput
            type="date"
            label={t('penilai.askDate')}
            description={t('penilai.askDateHint')}
            value={tanggal}
            onChange={(e) => setTanggal(e.currentTarget.value)}
            style={{ flex: '0 1 16rem' }}
          />
          {tanggal && (
            <Button variant="default" onClick={() => setTanggal('')}>
              {t('common.today')}
            </Button>
          )}
        </Group>
        {onDate.isError && <ErrorAlert error={onDate.error} />}
        <div style={{ opacity: onDate.isFetching ? 0.6 : 1 }} aria-busy={onDate.isFetching}>
          <PenilaiExplanation explanation={explanation} nama={namaLengkap(detail.pegawai)} />
        </div>
      </Stack>
    </Card>
  );
}

export function OverridesCard({ detail }: { detail: PegawaiDetail }) {
  const { t } = useTranslation();
  const remove = useRemoveOverride(detail.pegawai.id);
  if (detail.overrides.length === 0 && !detail.canEdit) return null;
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} fz="h4">
        {t('detail.overrides')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('detail.overridesHint')}
      </Text>
      {remove.isError && <ErrorAlert error={remove.error} />}
      {detail.overrides.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('detail.noOverrides')}
        </Text>
      )}
      <Stack gap="xs">
        {detail.overrides.map((o) => (
          <Group key={o.id} justify="space-between" wrap="nowrap" align="flex-start">
            <div style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/pegawai/${o.penilaiPegawaiId}`} fw={600} size="sm">
                {o.penilaiNama}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('detail.period', {
                  from: formatDate(o.mulai),
                  to: o.selesai ? formatDate(o.selesai) : t('common.now'),
                })}
              </Text>
              <Text size="sm">{o.alasan}</Text>
            </div>
            {detail.canEdit && (
              <Tooltip label={t('pegawaiAdmin.removeOverride')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('pegawaiAdmin.removeOverride')}
                  loading={remove.isPending && remove.variables === o.id}
                  onClick={() => window.confirm(t('pegawaiAdmin.confirmRemoveOverride')) && remove.mutate(o.id)}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
