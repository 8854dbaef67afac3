/** Progress of a running check or import: a determinate bar while the job reports rows. */
import { Card, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../api/types.ts';
import { formatNumber } from '../../components/format.ts';

export function JobProgress({ job, checking }: { job?: ImportJob; checking?: boolean }) {
  const { t } = useTranslation();
  const total = job?.total ?? 0;
  const processed = job?.processed ?? 0;
  const pct = total > 0 ? Math.min(100, Math.round((processed / total) * 100)) : 100;
  const indeterminate = !job || total === 0;
  const label = checking
    ? t('impor.progress.checking')
    : job?.status === 'QUEUED'
      ? t('impor.progress.queued')
      : t('impor.progress.running');
  return (
    <Card withBorder radius="md" padding="md" aria-live="polite">
      <Group justify="space-between" mb={6}>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        {!indeterminate && (
          <Text size="sm" c="dimmed">
            {t('impor.progress.rows', { processed: formatNumber(processed), total: formatNumber(total) })} · {pct}%
          </Text>
        )}
      </Group>
      <Progress
        value={pct}
        size="lg"
        striped={indeterminate}
        animated={indeterminate || job?.status === 'RUNNING'}
        aria-label={t('impor.progress.label')}
      />
      {job?.phase && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('impor.progress.phase', { phase: job.phase })}
        </Text>
      )}
    </Card>
  );
}
