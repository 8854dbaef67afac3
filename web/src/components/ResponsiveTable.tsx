/**
 * A data table that turns into a list of cards on narrow screens (phones at 360 px), so no column
 * ever needs horizontal scrolling on a phone. The `primary` column becomes the card's title.
 */
import { Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from './ScrollTable.tsx';

export interface Column<T> {
  key: string;
  label: string;
  render: (row: T) => ReactNode;
  /** Title of the card on phones. */
  primary?: boolean;
  hideOnCard?: boolean;
  width?: number | string;
}

export function ResponsiveTable<T>({
  columns,
  rows,
  rowKey,
  caption,
  empty,
  onRowClick,
}: {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  caption?: string;
  empty?: ReactNode;
  /** Row-level action (the row must still contain a link or button for keyboard users). */
  onRowClick?: (row: T) => void;
}) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  if (rows.length === 0) {
    return (
      <Text c="dimmed" py="md" ta="center">
        {empty ?? t('common.empty')}
      </Text>
    );
  }
  if (narrow) {
    const primary = columns.find((c) => c.primary) ?? columns[0];
    const rest = columns.filter((c) => c !== primary && !c.hideOnCard);
    return (
      <Stack gap="xs" aria-label={caption} role="list">
        {rows.map((row) => (
          <Card key={rowKey(row)} withBorder padding="sm" radius="md" role="listitem">
            <div style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{primary.render(row)}</div>
            <Stack gap={4} mt={6}>
              {rest.map((c) => (
                <Group key={c.key} gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="xs" c="dimmed" w={84} style={{ flexShrink: 0 }}>
                    {c.label}
                  </Text>
                  <Text size="sm" component="div" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {c.render(row)}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <ScrollTable minWidth={640}>
      <Table striped highlightOnHover={!!onRowClick} verticalSpacing="xs">
        {caption && <Table.Caption>{caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} w={c.width}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={rowKey(row)}
              onClick={onRowClick ? () => onRowClick(row) : undefined}
              style={onRowClick ? { cursor: 'pointer' } : undefined}
            >
              {columns.map((c) => (
                <Table.Td key={c.key}>{c.render(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
