/** Sections of the unit page: head of unit, sub-units, positions with their holders. */
import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconEdit, IconInfoCircle, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Holder, JabatanInUnit, UnitDetail, UnitNode } from '../../api/types.ts';
import { formatDate, formatNip } from '../../components/format.ts';
import { ViaBadge } from '../../components/PenilaiExplanation.tsx';
import { type Column, ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { HeadInfo } from './UnitTreeRow.tsx';

function Holders({ holders }: { holders: Holder[] }) {
  const { t } = useTranslation();
  if (holders.length === 0) {
    return (
      <Badge color="red" variant="light" size="sm">
        {t('unit.noHolder')}
      </Badge>
    );
  }
  return (
    <Stack gap={4}>
      {holders.map((h) => (
        <div key={`${h.pegawaiId}-${h.jenis}-${h.mulai}`}>
          <Group gap={6} wrap="wrap">
            <Anchor component={Link} to={`/pegawai/${h.pegawaiId}`} size="sm">
              {h.nama}
            </Anchor>
            {h.jenis !== 'DEFINITIF' && <ViaBadge via={h.jenis} />}
          </Group>
          <Text size="xs" c="dimmed">
            {formatNip(h.nip)} · {t('unit.since', { date: formatDate(h.mulai) })}
            {h.selesai ? ` ${t('unit.until', { date: formatDate(h.selesai) })}` : ''}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

export function HeadCard({ detail }: { detail: UnitDetail }) {
  const { t } = useTranslation();
  const head = detail.jabatan.find((j) => j.id === detail.unit.kepalaJabatanId) ?? null;
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} fz="h4" mb="xs">
        {t('unit.headTitle')}
      </Title>
      {!head && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} role="note">
          {t('unit.noHeadPositionHint')}
        </Alert>
      )}
      {head && (
        <Stack gap="xs">
          <div>
            <Text size="xs" c="dimmed">
              {t('unit.headPosition')}
            </Text>
            <Text fw={600}>{head.nama}</Text>
          </div>
          <Holders holders={head.pemegang} />
          {head.pemegang.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('unit.vacantHint')}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}

export function ChildUnits({ detail, units }: { detail: UnitDetail; units: Map<string, UnitNode> }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} fz="h4" mb="xs">
        {t('unit.children')} ({detail.children.length})
      </Title>
      {detail.children.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('unit.noChildren')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {detail.children.map((c) => {
          const node = units.get(c.id);
          return (
            <Card key={c.id} withBorder padding="xs" radius="sm">
              <Anchor component={Link} to={`/organisasi/${c.id}`} fw={600} size="sm">
                {c.nama}
              </Anchor>
              <Group gap="xs" wrap="nowrap" mt={2}>
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {t(`jenisUnit.${c.jenis}`, { defaultValue: c.jenis })}
                </Text>
                {node && (
                  <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
                    <IconUsers size={13} aria-hidden />
                    <Text size="xs" c="dimmed">
                      {t('org.headcount', { count: node.jumlahPegawai })}
                    </Text>
                  </Group>
                )}
              </Group>
              {node && (
                <div style={{ marginTop: 2 }}>
                  <HeadInfo unit={node} />
                </div>
              )}
            </Card>
          );
        })}
      </SimpleGrid>
    </Card>
  );
}

/** Positions of the unit with their holders; `onEdit` (for those who may change them) adds an edit button per row. */
export function JabatanTable({
  jabatan,
  onEdit,
}: {
  jabatan: JabatanInUnit[];
  onEdit?: (jabatan: JabatanInUnit) => void;
}) {
  const { t } = useTranslation();
  const columns: Column<JabatanInUnit>[] = [
    {
      key: 'nama',
      label: t('unitForm.jabatanNama'),
      primary: true,
      render: (j) => (
        <Group gap={6}>
          <Text size="sm" fw={600} span>
            {j.nama}
          </Text>
          {j.isKepala && (
            <Badge size="xs" variant="filled">
              {t('unit.isKepala')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'jenis',
      label: t('unitForm.jabatanJenis'),
      render: (j) => (
        <Text size="sm" span>
          {t(`jenisJabatan.${j.jenis}`, { defaultValue: j.jenis })}
          {j.jenjang ? ` · ${t(`jenjang.${j.jenjang}`, { defaultValue: j.jenjang })}` : ''}
          {j.kelas ? ` · ${t('unit.kelas', { kelas: j.kelas })}` : ''}
        </Text>
      ),
    },
    { key: 'pemegang', label: t('unit.holders'), render: (j) => <Holders holders={j.pemegang} /> },
  ];
  if (onEdit) {
    columns.push({
      key: 'aksi',
      label: t('unit.actions'),
      width: 110,
      render: (j) => (
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconEdit size={14} aria-hidden />}
          aria-label={t('unit.editJabatanOf', { nama: j.nama })}
          onClick={() => onEdit(j)}
        >
          {t('unit.editJabatan')}
        </Button>
      ),
    });
  }
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} fz="h4" mb="xs">
        {t('unit.jabatan')} ({jabatan.length})
      </Title>
      <ResponsiveTable columns={columns} rows={jabatan} rowKey={(j) => j.id} empty={t('unit.noJabatan')} />
    </Card>
  );
}
