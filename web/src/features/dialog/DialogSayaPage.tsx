/** The employee's dialogues and development items (open, achieved, carried over). */
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useDialogSaya } from './api.ts';
import { DialogStatusBadge, dialogLabel, ItemStatusBadge } from './parts.tsx';

export default function DialogSayaPage() {
  const { t } = useTranslation();
  const q = useDialogSaya();
  if (q.isError && !q.data) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Loading />;
  const { dialog, pengembangan } = q.data;
  return (
    <Page title={t('dialog.sayaTitle')} subtitle={t('dialog.sayaSubtitle')}>
      <Title order={2} fz="h4">
        {t('dialog.daftarDialog')}
      </Title>
      {dialog.length === 0 && <Text c="dimmed">{t('dialog.tidakAda')}</Text>}
      <Stack gap="xs">
        {dialog.map((d) => (
          <Card key={d.id} withBorder padding="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Anchor component={Link} to={`/dialog/${d.id}`} fw={600}>
                  {dialogLabel(d, t)}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {t('dialog.penilai')}: {d.penilai.nama}
                  {d.tempat ? ` · ${d.tempat}` : ''}
                </Text>
              </Stack>
              <DialogStatusBadge status={d.status} />
            </Group>
          </Card>
        ))}
      </Stack>
      <Title order={2} fz="h4">
        {t('dialog.pengembanganSaya')}
      </Title>
      {pengembangan.length === 0 && <Text c="dimmed">{t('dialog.tidakAdaPengembangan')}</Text>}
      <Stack gap="xs">
        {pengembangan.map((p) => (
          <Card key={p.id} withBorder padding="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Text fw={600}>{p.kompetensi}</Text>
                <Text size="sm" c="dimmed">
                  {p.metodeNama}
                  {p.targetTanggal ? ` · ${t('dialog.target', { tanggal: formatDate(p.targetTanggal) })}` : ''}
                </Text>
                {p.dibawaDariId && <Text size="sm">{t('dialog.dibawa')}</Text>}
                {p.penjelasan && <Text size="sm">{p.penjelasan}</Text>}
              </Stack>
              <ItemStatusBadge status={p.status} />
            </Group>
          </Card>
        ))}
      </Stack>
    </Page>
  );
}
