/** The employee's received evaluations: the keberatan deadline and days left, and their keberatan. */
import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useKeberatanSaya } from './api.ts';
import { KeberatanStatusBadge, periodeLabel, SisaWaktu } from './parts.tsx';

export default function KeberatanSayaPage() {
  const { t } = useTranslation();
  const q = useKeberatanSaya();
  if (q.isError && !q.data) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Loading />;
  return (
    <Page title={t('keberatan.sayaTitle')} subtitle={t('keberatan.sayaSubtitle')}>
      {q.data.items.length === 0 && <Text c="dimmed">{t('keberatan.tidakAdaEvaluasi')}</Text>}
      <Stack gap="xs">
        {q.data.items.map((e) => (
          <Card key={e.evaluasiId} withBorder padding="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Anchor
                  component={Link}
                  to={e.keberatanId ? `/keberatan/${e.keberatanId}` : `/keberatan/evaluasi/${e.evaluasiId}`}
                  fw={600}
                >
                  {periodeLabel(e, t)}
                </Anchor>
                {e.predikat && (
                  <Text size="sm">
                    {t('keberatan.predikat')}: {t(`keberatan.predikatOpsi.${e.predikat}`)}
                  </Text>
                )}
                {!e.keberatanId && e.status === 'DITERIMA' && (
                  <SisaWaktu batas={e.batasKeberatan} sisaHari={e.sisaHari} />
                )}
              </Stack>
              <Group gap="xs">
                <Badge variant="outline" color="gray">
                  {t(`keberatan.statusEvaluasi.${e.status}`)}
                </Badge>
                {e.keberatanStatus && <KeberatanStatusBadge status={e.keberatanStatus} />}
              </Group>
            </Group>
          </Card>
        ))}
      </Stack>
    </Page>
  );
}
