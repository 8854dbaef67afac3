/** Page navigation under a list: "1–50 of 7,700" and page buttons with accessible labels. */
import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format.ts';

export function Pager({
  page,
  pageSize,
  total,
  onChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="xs">
      <Text size="sm" c="dimmed">
        {t('pager.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onChange}
          siblings={1}
          boundaries={1}
          size="sm"
          getItemProps={(p) => ({ 'aria-label': t('common.page', { page: p }) })}
          getControlProps={(c) => ({
            'aria-label': c === 'previous' || c === 'first' ? t('common.previous') : t('common.next'),
          })}
        />
      )}
    </Group>
  );
}
