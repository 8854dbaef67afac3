/**
 * Jejak audit: each entry reads as a sentence about people and documents ("Budi Santoso mengajukan
 * SKP 2026 Siti Aminah"); filter by kind of record, action, date range and free text; logins and
 * logouts hidden unless asked for; open an entry's before/after.
 */
import { Anchor, Button, Card, Group, Select, Switch, Text, TextInput } from '@mantine/core';
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
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditSentence, sentenceText, wordKey } from './sentence.ts';

const PAGE_SIZE = 50;
const LINKS: Record<string, string> = { pegawai: '/pegawai/', unit_organisasi: '/organisasi/', skp: '/skp/' };

/** The translator in the shape auditSentence takes. */
function useSentence(): (e: AuditEntry) => ReturnType<typeof auditSentence> {
  const { t } = useTranslation();
  const tr = (key: string, o?: { defaultValue: string }) => (o ? t(key, o) : t(key));
  return (e) => auditSentence(e, tr);
}

/** "Budi Santoso mengajukan SKP 2026 Siti Aminah", the record linked where it has a page. */
function SentenceCell({ e }: { e: AuditEntry }) {
  const s = useSentence()(e);
  const link = e.entityId && LINKS[e.entity] ? `${LINKS[e.entity]}${e.entityId}` : null;
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }} title={e.actorLabel}>
      <b>{s.actor}</b> {s.verb}
      {s.target && ' '}
      {s.target &&
        (link ? (
          <Anchor component={Link} to={link} size="sm" fw={600}>
            {s.target}
          </Anchor>
        ) : (
          <b>{s.target}</b>
        ))}
    </Text>
  );
}

export default function AuditPage() {
  const { t } = useTranslation();
  const sentence = useSentence();
  const [entity, setEntity] = useState('');
  const [action, setAction] = useState('');
  const [q, setQ] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const [showSessions, setShowSessions] = useState(false);
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const isDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);
  const audit = useAudit({
    entity: entity || undefined,
    action: action || undefined,
    // Asking for logins (the action or the session records) shows them whatever the switch says.
    hideSessions: !showSessions && entity !== 'sesi' && action !== 'login' && action !== 'logout',
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
    { key: 'what', label: t('audit.what'), primary: true, render: (e) => <SentenceCell e={e} /> },
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
          <Select
            label={t('audit.entity')}
            placeholder={t('audit.all')}
            data={AUDIT_ENTITIES.map((v) => ({ value: v, label: t(`audit.nouns.${wordKey(v)}`) }))}
            value={entity || null}
            onChange={(v) => change(setEntity)(v ?? '')}
            clearable
            searchable
            style={{ flex: '1 1 10rem' }}
          />
          <Select
            label={t('audit.action')}
            placeholder={t('audit.all')}
            data={AUDIT_ACTIONS.filter((a) => a !== 'ingatkanAtasan').map((v) => ({
              value: v,
              label: t(`audit.verbs.${wordKey(v)}`),
            }))}
            value={action || null}
            onChange={(v) => change(setAction)(v ?? '')}
            clearable
            searchable
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
          <Switch
            label={t('audit.showSessions')}
            checked={showSessions}
            onChange={(e) => {
              setShowSessions(e.currentTarget.checked);
              setPage(1);
            }}
            mb={8}
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
      <DiffModal entry={open} title={open ? sentenceText(sentence(open)) : ''} onClose={() => setOpen(null)} />
    </Page>
  );
}
