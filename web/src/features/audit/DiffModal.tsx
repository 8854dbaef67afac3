/** Before/after view of one audit entry, changed fields highlighted. */
import { Code, Modal, Switch, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types.ts';
import { formatDateTime } from '../../components/format.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { diffRows, showValue } from './diff.ts';

function Value({ v, tone }: { v: unknown; tone: 'before' | 'after' | null }) {
  const text = showValue(v);
  if (!text) return <Text c="dimmed">—</Text>;
  const bg =
    tone === 'before' ? 'var(--mantine-color-red-0)' : tone === 'after' ? 'var(--mantine-color-green-0)' : undefined;
  return (
    <Code block={text.includes('\n')} style={{ background: bg, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Code>
  );
}

export function DiffModal({
  entry,
  title,
  onClose,
}: {
  entry: AuditEntry | null;
  /** The entry as a sentence ("Admin mengubah unit Bidang SD"). */
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const [changedOnly, setChangedOnly] = useState(true);
  const rows = entry ? diffRows(entry.before, entry.after) : [];
  const hasBoth = !!entry && entry.before != null && entry.after != null;
  const shown = hasBoth && changedOnly ? rows.filter((r) => r.changed) : rows;
  return (
    <Modal opened={!!entry} onClose={onClose} size="xl" fullScreen={!!phone} title={title}>
      {entry && (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {formatDateTime(entry.at)} · {entry.actorLabel}
          </Text>
          {hasBoth && (
            <Switch
              label={t('audit.changedOnly')}
              checked={changedOnly}
              onChange={(e) => setChangedOnly(e.currentTarget.checked)}
              mb="sm"
            />
          )}
          {shown.length === 0 ? (
            <Text c="dimmed">{t('audit.noContent')}</Text>
          ) : (
            <ScrollTable minWidth={480}>
              <Table verticalSpacing={4} fz="sm" withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="22%">{t('audit.field')}</Table.Th>
                    <Table.Th>{t('audit.before')}</Table.Th>
                    <Table.Th>{t('audit.after')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((r) => (
                    <Table.Tr key={r.field}>
                      <Table.Td fw={r.changed ? 700 : 400}>{r.field}</Table.Td>
                      <Table.Td>
                        <Value v={r.before} tone={r.changed && hasBoth ? 'before' : null} />
                      </Table.Td>
                      <Table.Td>
                        <Value v={r.after} tone={r.changed && hasBoth ? 'after' : null} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </>
      )}
    </Modal>
  );
}
