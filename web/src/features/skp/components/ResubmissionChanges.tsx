/**
 * A resubmitted SKP at a glance: what changed since the appraiser returned it (the server keeps the
 * content as returned; GET …/diff?dari=dikembalikan), shown beside the return note.
 */
import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useSkpDiff } from '../api/skp.ts';
import { Change } from './VersiPanel.tsx';

export function ResubmissionChanges({ skpId }: { skpId: string }) {
  const { t } = useTranslation();
  const diff = useSkpDiff(skpId, 'dikembalikan', 'sekarang');
  const notRecorded = diff.error instanceof ApiError && diff.error.status === 404;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="ulang-title">
      <Title order={2} fz="h5" id="ulang-title" mb="xs">
        {t('ulang.title')}
      </Title>
      <div aria-live="polite">
        {diff.isPending ? (
          <Loading minHeight={60} />
        ) : notRecorded ? (
          <Text size="sm" c="dimmed">
            {t('ulang.unknown')}
          </Text>
        ) : diff.isError ? (
          <ErrorAlert error={diff.error} onRetry={() => void diff.refetch()} />
        ) : diff.data.perubahan.length === 0 ? (
          <Text size="sm">{t('ulang.none')}</Text>
        ) : (
          <Stack gap={6}>
            <Text size="sm">{t('skp.versi.count', { count: diff.data.perubahan.length })}</Text>
            {diff.data.perubahan.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the server's list order is the identity
              <Change key={i} p={p} />
            ))}
          </Stack>
        )}
      </div>
    </Card>
  );
}
