/** Jejak audit: filter by entity, action, date range and free text; open an entry's before/after. */
import { Anchor, Autocomplete, Badge, Button, Card, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowLeft, IconArrowRight, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAudit } from '../../api/audit.ts';
import type { AuditEntry } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { type Column, ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { DiffModal } from './DiffModal.tsx';
import { diffRows } from './diff.ts';

const PAGE_SIZE = 50;
/** Suggestions for the filters (free text is accepted): every entity and action the services audit. */
const ENTITIES = [
  'instansi',
  'unit_organisasi',
  'jabatan',
  'pegawai',
  'penempatan',
  'penilai_override',
  'akun',
  'sesi',
  'import',
  'pengaturan_instansi',
  'periode_kinerja',
  'perjanjian_kinerja',
  'skp',
];
const ACTIONS = [
  'create',
  'update',
  'delete',
  'close',
  'import',
  'login',
  'logout',
  'password.change',
  'password.reset',
  'akun.create',
  'akun.massal',
  'ubahIsi',
  'rhk.tambah',
  'rhk.ubah',
  'rhk.hapus',
  'mph',
  'ajukan',
  'kembalikan',
  'tetapkan',
  'ubah',
  'tutup',
  'ingatkan-atasan',
];
const LINKS: Record<string, string> = { pegawai: '/pegawai/', unit_organisasi: '/organisasi/' };

/** UUIDs shortened for the table (the full id is in the title and the diff view). */
function shortId(id: string): string {
  return /^[0-9a-f-]{36}$/i.test(id) ? `${id.slice(0, 8)}…` : id;
}

function Target({ e }: { e: AuditEntry }) {
  const link = e.entityId && LINKS[e.entity] ? `${LINKS[e.entity]}${e.entityId}` : null;
  return (
    <div>
      <Badge variant="light" color="gray" size="sm">
        {e.entity}
      </Badge>
      {e.entityId && (
        <Text size="xs" ff="monospace" c="dimmed" title={e.entityId} style={{ overflowWrap: 'anywhere' }}>
          {link ? (
            <Anchor component={Link} to={link} size="xs" ff="monospace">
              {shortId(e.entityId)}
            </Anchor>
          ) : (
            shortId(e.entityId)
          )}
        </Text>
      )}
    </div>
  );
}

export default function AuditPage() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState('');
  const [action, setAction] = useState('');
  const [q, setQ] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const [debouncedEntity] = useDebouncedValue(entity.trim(), 300);
  const [debouncedAction] = useDebouncedValue(action.trim(), 300);
  const isDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);
  const audit = useAudit({
    entity: debouncedEntity || undefined,
    action: debouncedAction || undefined,
    q: debouncedQ || undefined,
    from: isDate(from) ? from : undefined,
    to: isDate(to) ? to : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const change = (set: (v: string) => void) => (v: string) => {
    set(v);
    setPage(1);
  };

  const columns: Column<AuditEntry>[] = [
    {
      key: 'at',
      label: t('audit.at'),
      render: (e) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(e.at)}
        </Text>
      ),
    },
    { key: 'actor', label: t('audit.actor'), primary: true, render: (e) => e.actorLabel },
    { key: 'action', label: t('audit.action'), render: (e) => <Badge variant="outline">{e.action}</Badge> },
    { key: 'target', label: t('audit.target'), render: (e) => <Target e={e} /> },
    {
      key: 'diff',
      label: t('audit.changes'),
      render: (e) => {
        const rows = diffRows(e.before, e.after);
        if (rows.length === 0)
          return (
            <Text size="xs" c="dimmed">
              —
            </Text>
          );
        const changed = e.before != null && e.after != null ? rows.filter((r) => r.changed).length : rows.length;
        return (
          <Button size="compact-sm" variant="light" onClick={() => setOpen(e)} title={t('audit.showDiff')}>
            {t('audit.changedCount', { count: changed })}
          </Button>
        );
      },
    },
  ];

  return (
    <Page title={t('audit.title')} subtitle={t('audit.subtitle')}>
      <Card withBorder radius="md" padding="md">
        <Group align="flex-end" gap="sm">
          <Autocomplete
            label={t('audit.entity')}
            data={ENTITIES}
            value={entity}
            onChange={change(setEntity)}
            style={{ flex: '1 1 10rem' }}
          />
          <Autocomplete
            label={t('audit.action')}
            data={ACTIONS}
            value={action}
            onChange={change(setAction)}
            style={{ flex: '1 1 10rem' }}
          />
          <TextInput
            label={t('audit.q')}
            placeholder={t('audit.qPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={q}
            onChange={(e) => change(setQ)(e.currentTarget.value)}
            style={{ flex: '2 1 14rem' }}
          />
          <TextInput
            type="date"
            label={t('audit.from')}
            value={from}
            onChange={(e) => change(setFrom)(e.currentTarget.value)}
            style={{ flex: '1 1 9rem' }}
          />
          <TextInput
            type="date"
            label={t('audit.to')}
            value={to}
            onChange={(e) => change(setTo)(e.currentTarget.value)}
            style={{ flex: '1 1 9rem' }}
          />
        </Group>
      </Card>
      {audit.isPending && <Loading />}
      {audit.isError && <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.data && (
        <Card withBorder radius="md" padding="md" style={{ opacity: audit.isPlaceholderData ? 0.6 : 1 }}>
          <ResponsiveTable
            columns={columns}
            rows={audit.data.items}
            rowKey={(e) => String(e.id)}
            empty={t('audit.empty')}
          />
          <Group justify="space-between" mt="sm">
            <Text size="sm" c="dimmed">
              {t('audit.page', { page })}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                size="xs"
                leftSection={<IconArrowLeft size={14} aria-hidden />}
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
              >
                {t('common.previous')}
              </Button>
              <Button
                variant="default"
                size="xs"
                rightSection={<IconArrowRight size={14} aria-hidden />}
                disabled={!audit.data.hasMore}
                onClick={() => setPage(page + 1)}
              >
                {t('common.next')}
              </Button>
            </Group>
          </Group>
        </Card>
      )}
      <DiffModal entry={open} onClose={() => setOpen(null)} />
    </Page>
  );
}
