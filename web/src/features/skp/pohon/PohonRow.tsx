/** One row of the pohon kinerja: indentation, open/close button, type icon, label, flags, link. */
import { ActionIcon, Anchor, Badge, Group, Text, Tooltip } from '@mantine/core';
import {
  IconBuilding,
  IconChevronDown,
  IconChevronRight,
  IconFileDescription,
  IconFlag,
  IconPoint,
  IconTarget,
  IconUser,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TreeNode } from './adapt.ts';
import type { TreeRow } from './tree.ts';

const ICONS: Record<string, typeof IconPoint> = {
  UNIT: IconBuilding,
  PK: IconFlag,
  SASARAN: IconTarget,
  INDIKATOR: IconTarget,
  RHK: IconFileDescription,
  RHK_LUAR: IconFileDescription,
  KELOMPOK_PEGAWAI: IconUsers,
  PEGAWAI: IconUser,
};

export function PohonRow({
  row,
  node,
  indent,
  match,
  onToggle,
}: {
  row: TreeRow;
  node: TreeNode;
  indent: number;
  match: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const Icon = ICONS[node.jenis] ?? IconPoint;
  const flags = node.flags ?? [];
  const jenis = t(`skp.pohon.jenis.${node.jenis}`, { defaultValue: node.jenis });
  const label = (
    <Text size="sm" lineClamp={2} fw={node.jenis === 'PEGAWAI' ? 400 : 500} title={node.label} style={{ minWidth: 0 }}>
      {node.label}
      {node.keterangan && (
        <Text span size="xs" c="dimmed">
          {' '}
          · {node.keterangan}
        </Text>
      )}
    </Text>
  );
  return (
    <Group
      className="tree-row"
      data-match={match ? 'true' : undefined}
      gap={6}
      wrap="nowrap"
      h="100%"
      pl={row.depth * indent + 4}
      pr={4}
      style={{
        borderBottom: '1px solid var(--mantine-color-gray-2)',
        borderLeft: flags.length ? '3px solid var(--mantine-color-red-6)' : '3px solid transparent',
      }}
    >
      {row.childCount > 0 ? (
        <ActionIcon
          variant="subtle"
          color="gray"
          size="md"
          onClick={onToggle}
          aria-expanded={row.expanded}
          aria-label={t(row.expanded ? 'skp.pohon.collapse' : 'skp.pohon.expand', {
            label: node.label,
            count: row.childCount,
          })}
        >
          {row.expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
        </ActionIcon>
      ) : (
        <span style={{ width: 28, flexShrink: 0 }} />
      )}
      <Tooltip label={jenis} openDelay={400}>
        <Icon
          size={18}
          stroke={1.6}
          aria-label={jenis}
          style={{ flexShrink: 0, color: 'var(--mantine-color-kinerja-7)' }}
        />
      </Tooltip>
      <div style={{ flex: 1, minWidth: 0 }}>
        {node.skpId ? (
          <Anchor component={Link} to={`/skp/${node.skpId}`} underline="hover" c="inherit">
            {label}
          </Anchor>
        ) : (
          label
        )}
      </div>
      {node.status && (
        <Badge
          size="xs"
          variant="light"
          color={node.status === 'DITETAPKAN' ? 'green' : 'gray'}
          visibleFrom="xs"
          style={{ flexShrink: 0 }}
        >
          {t(`skp.status.${node.status}`, { defaultValue: node.status })}
        </Badge>
      )}
      {flags.map((f) => (
        <Badge
          key={f}
          size="xs"
          color="red"
          variant="filled"
          style={{ flexShrink: 0 }}
          title={t(`skp.pohon.flag.${f}`, { defaultValue: f })}
        >
          {t(`skp.pohon.flagShort.${f}`, { defaultValue: '!' })}
        </Badge>
      ))}
      {row.childCount > 0 && (
        <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
          {row.childCount}
        </Text>
      )}
    </Group>
  );
}
