/**
 * Versions of the SKP: every time it is set a frozen revisi is kept. Pick two (or a revisi and the
 * current content) to see what changed — what the appraiser checks before setting a perubahan SKP —
 * or open one version in full, read-only (SkpVersiPage).
 */
import { Anchor, Badge, Card, Code, Group, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { Loading } from '../../../components/Loading.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { useSkpDiff } from '../api/skp.ts';
import type { Perubahan, SkpDetail } from '../api/types.ts';

const COLOR = { TAMBAH: 'green', HAPUS: 'red', UBAH: 'yellow' } as const;

/** A value of a diff side as readable text. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(valueText).join('; ');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const main = o.teks ?? o.indikator ?? o.label;
    if (typeof main === 'string') return main;
    return Object.entries(o)
      .filter(([k]) => k !== 'id')
      .map(([k, x]) => `${k}: ${valueText(x)}`)
      .join(', ');
  }
  return String(v);
}

export function Change({ p }: { p: Perubahan }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="sm" padding="xs">
      <Group gap={6} mb={4}>
        <Badge color={COLOR[p.jenis]} variant="light" size="sm">
          {t(`skp.versi.jenis.${p.jenis}`)}
        </Badge>
        <Badge color="gray" variant="outline" size="sm">
          {t(`skp.versi.bagian.${p.bagian}`)}
        </Badge>
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {p.label}
          {p.field ? (
            <Text span size="xs" c="dimmed">
              {' '}
              · {p.field}
            </Text>
          ) : null}
        </Text>
      </Group>
      {p.jenis !== 'TAMBAH' && (
        <Text size="sm" c="red" style={{ overflowWrap: 'anywhere' }}>
          <Text span size="xs" c="dimmed">
            {t('skp.versi.sebelum')}:{' '}
          </Text>
          <Code bg="red.0">{valueText(p.sebelum)}</Code>
        </Text>
      )}
      {p.jenis !== 'HAPUS' && (
        <Text size="sm" c="green" style={{ overflowWrap: 'anywhere' }}>
          <Text span size="xs" c="dimmed">
            {t('skp.versi.sesudah')}:{' '}
          </Text>
          <Code bg="green.0">{valueText(p.sesudah)}</Code>
        </Text>
      )}
    </Card>
  );
}

export function VersiPanel({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  const versi = [...skp.versi].sort((a, b) => b.revisi - a.revisi);
  const [dari, setDari] = useState<string | null>(versi[0] ? String(versi[0].revisi) : null);
  const [ke, setKe] = useState('sekarang');
  const diff = useSkpDiff(skp.id, dari, ke);
  const options = versi.map((v) => ({ value: String(v.revisi), label: t('skp.editor.revisi', { n: v.revisi }) }));

  return (
    <Stack gap="sm" component="section" aria-labelledby="versi-title">
      <Title order={2} fz="h4" id="versi-title">
        {t('skp.versi.title')}
      </Title>
      {versi.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('skp.versi.none')}
        </Text>
      ) : (
        <>
          <ScrollTable minWidth={280}>
            <Table verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('skp.versi.revisi')}</Table.Th>
                  <Table.Th>{t('skp.versi.ditetapkanAt')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('skp.versi.isi')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {versi.map((v) => (
                  <Table.Tr key={v.revisi}>
                    <Table.Td>{t('skp.editor.revisi', { n: v.revisi })}</Table.Td>
                    <Table.Td>{formatDateTime(v.ditetapkanAt)}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/skp/${skp.id}/versi/${v.revisi}`} size="sm">
                        <Group gap={4} wrap="nowrap" component="span">
                          <IconEye size={16} aria-hidden />
                          {t('skp.versi.lihat')}
                        </Group>
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Select
              label={t('skp.versi.dari')}
              data={options}
              value={dari}
              onChange={setDari}
              allowDeselect={false}
              w={150}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('skp.versi.ke')}
              data={[{ value: 'sekarang', label: t('skp.versi.sekarang') }, ...options]}
              value={ke}
              onChange={(v) => v && setKe(v)}
              allowDeselect={false}
              w={170}
              comboboxProps={{ withinPortal: true }}
            />
          </Group>
          <div aria-live="polite">
            {diff.isPending ? (
              <Loading minHeight={60} />
            ) : diff.isError ? (
              <ErrorAlert error={diff.error} onRetry={() => void diff.refetch()} />
            ) : diff.data.perubahan.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('skp.versi.noChange')}
              </Text>
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
        </>
      )}
    </Stack>
  );
}
