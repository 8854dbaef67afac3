/**
 * Matriks Peran Hasil: my RHK × my subordinates. Existing links show how each subordinate's RHK
 * cascades from mine; checking cells and choosing langsung / tidak langsung pre-fills their drafts.
 * Phones get one card per RHK with a checklist of subordinates instead of a wide grid.
 */
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Page } from '../../../components/Page.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { useAssignMatriks, useMatriks } from '../api/skp.ts';
import type { Cascading, MatriksPeranHasil } from '../api/types.ts';
import { SkpStatusBadge } from '../components/StatusBadge.tsx';

const cellKey = (rhkId: string, pegawaiId: string) => `${rhkId}|${pegawaiId}`;

function Cell({
  m,
  rhk,
  p,
  selected,
  onToggle,
}: {
  m: MatriksPeranHasil;
  rhk: MatriksPeranHasil['rhk'][number];
  p: MatriksPeranHasil['bawahan'][number];
  selected: Set<string>;
  onToggle: (key: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const links = m.sel.filter((s) => s.rhkId === rhk.id && s.pegawaiId === p.pegawaiId);
  const key = cellKey(rhk.id, p.pegawaiId);
  return (
    // Badges wrap under the checkbox rather than spill into the next column (issue 9).
    <Group gap={4} wrap="wrap" style={{ minWidth: 0 }}>
      <Checkbox
        checked={links.length > 0 || selected.has(key)}
        disabled={links.length > 0}
        onChange={(e) => onToggle(key, e.currentTarget.checked)}
        aria-label={t('skp.matriks.cell', { rhk: rhk.teks, nama: p.nama })}
      />
      {links.map((l) => (
        <Badge
          key={l.childRhkId ?? l.cascading}
          size="xs"
          variant="light"
          color={l.cascading === 'LANGSUNG' ? 'blue' : 'teal'}
          tt="none"
          style={{ flexShrink: 0 }}
        >
          {l.cascading ? t(`skp.matriks.short.${l.cascading}`) : t('skp.matriks.linked')}
        </Badge>
      ))}
    </Group>
  );
}

export default function MatriksPage() {
  const { t } = useTranslation();
  const { skpId = '' } = useParams();
  const q = useMatriks(skpId);
  const assign = useAssignMatriks(skpId);
  const narrow = useMediaQuery('(max-width: 48em)');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [cascading, setCascading] = useState<Cascading>('LANGSUNG');

  const toggle = (key: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    setSelected(next);
  };
  const submit = () => {
    const items = [...selected].map((k) => {
      const [rhkId, pegawaiId] = k.split('|');
      return { rhkId, pegawaiId, cascading };
    });
    assign.mutate(items, {
      onSuccess: (r) => {
        notifications.show({ color: 'green', message: t('skp.matriks.dibuat', { count: r.dibuat }) });
        for (const d of r.dilewati) notifications.show({ color: 'yellow', message: d.alasan, autoClose: 8000 });
        setSelected(new Set());
      },
    });
  };

  const breadcrumb = (
    <Breadcrumbs>
      <Anchor component={Link} to="/skp" size="sm">
        {t('skp.nav.saya')}
      </Anchor>
      <Anchor component={Link} to={`/skp/${skpId}`} size="sm">
        {t('skp.matriks.skpSaya')}
      </Anchor>
      <Text size="sm">{t('skp.matriks.title')}</Text>
    </Breadcrumbs>
  );

  let body: React.ReactNode;
  if (q.isPending) body = <Loading />;
  else if (q.isError) body = <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  else if (q.data.rhk.length === 0)
    body = (
      <Alert icon={<IconInfoCircle />} variant="light">
        {t('skp.matriks.noRhk')}
      </Alert>
    );
  else if (q.data.bawahan.length === 0)
    body = (
      <Alert icon={<IconInfoCircle />} variant="light">
        {t('skp.matriks.noBawahan')}
      </Alert>
    );
  else {
    const m = q.data;
    const person = (p: MatriksPeranHasil['bawahan'][number]) => (
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {p.nama}
        </Text>
        <Text size="xs" c="dimmed">
          {p.jabatanNama ?? '—'}
        </Text>
        <SkpStatusBadge status={p.skpStatus} size="xs" />
      </Stack>
    );
    body = narrow ? (
      <Stack gap="sm">
        {m.rhk.map((r, i) => (
          <Card key={r.id} withBorder radius="md" padding="sm">
            <Text fw={600} size="sm" mb={6}>
              {i + 1}. {r.teks}
            </Text>
            <Stack gap={8}>
              {m.bawahan.map((p) => (
                <Group key={p.pegawaiId} justify="space-between" wrap="nowrap" align="flex-start">
                  <div style={{ minWidth: 0, flex: 1 }}>{person(p)}</div>
                  <div style={{ maxWidth: '50%' }}>
                    <Cell m={m} rhk={r} p={p} selected={selected} onToggle={toggle} />
                  </div>
                </Group>
              ))}
            </Stack>
          </Card>
        ))}
      </Stack>
    ) : (
      <ScrollTable minWidth={300 + m.bawahan.length * 150}>
        <Table withTableBorder withColumnBorders verticalSpacing="xs" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={300}>{t('skp.matriks.rhkSaya')}</Table.Th>
              {m.bawahan.map((p) => (
                <Table.Th key={p.pegawaiId} miw={150}>
                  {person(p)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {m.rhk.map((r, i) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Text size="sm">
                    {i + 1}. {r.teks}
                  </Text>
                </Table.Td>
                {m.bawahan.map((p) => (
                  <Table.Td key={p.pegawaiId}>
                    <Cell m={m} rhk={r} p={p} selected={selected} onToggle={toggle} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    );
  }

  return (
    <Page title={t('skp.matriks.title')} subtitle={t('skp.matriks.subtitle')} breadcrumb={breadcrumb}>
      <Card withBorder radius="md" padding="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <div>
            <Text size="sm" fw={500} id="mph-cascading" mb={4}>
              {t('skp.rhkForm.cascading')}
            </Text>
            <SegmentedControl
              aria-labelledby="mph-cascading"
              value={cascading}
              onChange={(v) => setCascading(v as Cascading)}
              data={[
                { value: 'LANGSUNG', label: t('skp.cascading.LANGSUNG') },
                { value: 'TIDAK_LANGSUNG', label: t('skp.cascading.TIDAK_LANGSUNG') },
              ]}
            />
          </div>
          <Button
            leftSection={<IconSend size={18} aria-hidden />}
            disabled={selected.size === 0}
            loading={assign.isPending}
            onClick={submit}
          >
            {t('skp.matriks.assign', { count: selected.size })}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt={6}>
          {t(`skp.rhkForm.cascadingHelp.${cascading}`)}
        </Text>
      </Card>
      {assign.isError && <ErrorAlert error={assign.error} />}
      {body}
    </Page>
  );
}
