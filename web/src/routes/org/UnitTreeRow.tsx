/** One row of the unit tree: toggle, name (link), jenis, head (or "kosong"/PLT badge), headcount. */
import { ActionIcon, Anchor, Badge, Group, Highlight, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPoint, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { UnitNode } from '../../api/types.ts';
import type { Row } from './tree.ts';

export function HeadInfo({ unit, compact = false }: { unit: UnitNode; compact?: boolean }) {
  const { t } = useTranslation();
  // The top unit is led by the (non-ASN) head of the instansi: no head position is expected there.
  if (!unit.kepalaJabatanId && !unit.parentId) return null;
  if (!unit.kepalaJabatanId) {
    return (
      <Badge color="gray" variant="light" size="sm" style={{ flexShrink: 0 }}>
        {t('org.noHeadPosition')}
      </Badge>
    );
  }
  if (!unit.kepalaNama) {
    return (
      <Tooltip label={t('org.vacantHint')} multiline w={260} withArrow>
        <Badge color="red" variant="light" size="sm" tabIndex={0} style={{ flexShrink: 0 }}>
          {t('org.vacant')}
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
      {!compact && (
        <Text size="xs" c="dimmed" span>
          {t('org.head')}:
        </Text>
      )}
      <Text size="xs" span truncate="end" style={{ minWidth: 0 }}>
        {unit.kepalaNama}
      </Text>
      {unit.kepalaVia && unit.kepalaVia !== 'DEFINITIF' && (
        <Badge color="orange" variant="light" size="xs" style={{ flexShrink: 0 }}>
          {t(`jenisPenempatan.${unit.kepalaVia}`, { defaultValue: unit.kepalaVia })}
        </Badge>
      )}
    </Group>
  );
}

export const ROW_HEIGHT = 60;
/** On phones: room for a unit name over three lines. */
export const ROW_HEIGHT_NARROW = 88;

export function UnitTreeRow({
  row,
  index,
  height = ROW_HEIGHT,
  query,
  indent,
  onToggle,
}: {
  row: Row;
  /** Position in the visible rows (the list is windowed: rows are placed absolutely). */
  index: number;
  /** Row height in px (every row the same: the list is windowed). */
  height?: number;
  query: string;
  indent: number;
  onToggle: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { node, depth, isExpanded, isMatch } = row;
  const u = node.unit;
  // A unit of the level-by-level tree knows its sub-units before they are loaded.
  const hasChildren = ((u as { jumlahSubunit?: number }).jumlahSubunit ?? node.children.length) > 0;
  return (
    <li
      className="tree-row"
      data-match={isMatch}
      style={{
        position: 'absolute',
        top: index * height,
        left: 0,
        right: 0,
        height,
        paddingLeft: 8 + depth * indent,
        display: 'flex',
        alignItems: 'center',
        gap: 4,
        borderBottom: '1px solid var(--mantine-color-gray-2)',
        paddingRight: 8,
      }}
    >
      {hasChildren ? (
        <ActionIcon
          variant="subtle"
          color="gray"
          onClick={() => onToggle(u.id)}
          aria-expanded={isExpanded}
          aria-label={t(isExpanded ? 'org.collapseUnit' : 'org.expandUnit', { nama: u.nama })}
        >
          {isExpanded ? <IconChevronDown size={18} /> : <IconChevronRight size={18} />}
        </ActionIcon>
      ) : (
        <span style={{ width: 28, display: 'inline-flex', justifyContent: 'center' }} aria-hidden>
          <IconPoint size={14} color="var(--mantine-color-gray-5)" />
        </span>
      )}
      <div style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <Anchor
            component={Link}
            to={`/organisasi/${u.id}`}
            size="sm"
            fw={600}
            lineClamp={height >= ROW_HEIGHT_NARROW ? 3 : 1}
            title={u.nama}
            style={{ minWidth: 0 }}
          >
            <Highlight highlight={query ? query.split(/\s+/).filter(Boolean) : []} span inherit size="sm" fw={600}>
              {u.nama}
            </Highlight>
          </Anchor>
        </Group>
        <Group gap="xs" wrap="nowrap" mt={2} style={{ minWidth: 0, overflow: 'hidden' }}>
          <Text size="xs" c="dimmed" span style={{ flexShrink: 0 }}>
            {t(`jenisUnit.${u.jenis}`, { defaultValue: u.jenis })}
          </Text>
          <HeadInfo unit={u} compact />
          {/* aria-label on a plain div is not read (axe aria-prohibited-attr): hidden text instead. */}
          <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
            <IconUsers size={13} color="var(--mantine-color-dimmed)" aria-hidden />
            <Text size="xs" c="dimmed" span aria-hidden>
              {u.jumlahPegawai}
            </Text>
            <VisuallyHidden>{t('org.headcount', { count: u.jumlahPegawai })}</VisuallyHidden>
          </Group>
        </Group>
      </div>
    </li>
  );
}
