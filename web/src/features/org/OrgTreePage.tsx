/**
 * Struktur organisasi: the unit tree loaded a level at a time (GET /units/cabang: the top two
 * levels first, a unit's children when it is opened) and searched on the server, so the first
 * screen of a 10,000-unit province is a few KiB instead of the whole 4.7 MiB list; expandable
 * nodes, matching branches opened, windowed rendering.
 */
import { Button, Card, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconArrowsMinimize, IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { UnitTreeLevel, UnitTreeNode } from '../../api/types.ts';
import { useIsAdmin } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useWindowVirtual } from '../../components/useWindowVirtual.ts';
import { buildTree, type SearchResult, visibleRows } from '../../routes/org/tree.ts';
import { AddUnitModal } from '../../routes/org/UnitForms.tsx';
import { ROW_HEIGHT, ROW_HEIGHT_NARROW, UnitTreeRow } from '../../routes/org/UnitTreeRow.tsx';
import { useUnitChildren, useUnitSearch, useUnitTop } from './api.ts';

/** A new instansi has no units yet: say so, and show its admins the two ways to start. */
function EmptyOrganisation() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const [adding, setAdding] = useState(false);
  return (
    <Card withBorder radius="md" padding="lg">
      <Text fw={500}>{t('org.emptyTitle')}</Text>
      <Text size="sm" c="dimmed" mt={4}>
        {isAdmin ? t('org.emptyAdmin') : t('org.emptyReader')}
      </Text>
      {isAdmin && (
        <Group mt="md" gap="sm">
          <Button component={Link} to="/impor" leftSection={<IconFileImport size={16} aria-hidden />}>
            {t('org.emptyImport')}
          </Button>
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('org.addRoot')}
          </Button>
        </Group>
      )}
      <AddUnitModal parent={null} opened={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}

function merge(levels: Array<UnitTreeLevel | undefined>): UnitTreeNode[] {
  const byId = new Map<string, UnitTreeNode>();
  for (const level of levels) for (const u of level?.items ?? []) byId.set(u.id, u);
  return [...byId.values()];
}

function TreeList({ top }: { top: UnitTreeLevel }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  // The top answer holds the roots and their children: the roots open without another request.
  const rootIds = useMemo(() => {
    const ids = new Set(top.items.map((u) => u.id));
    return new Set(top.items.filter((u) => !u.parentId || !ids.has(u.parentId)).map((u) => u.id));
  }, [top]);
  const [manual, setManual] = useState<{ forQuery: string; ids: Set<string> }>({ forQuery: '', ids: rootIds });
  const found = useUnitSearch(debounced);
  const search = useMemo<SearchResult | null>(() => {
    if (!debounced || !found.data) return null;
    const matches = new Set(found.data.cocok);
    return { matches, ancestors: new Set(found.data.items.map((u) => u.id).filter((id) => !matches.has(id))) };
  }, [debounced, found.data]);
  // A new search starts from its own expansion (the ancestors of the matches); clearing it restores the default.
  const expanded = useMemo(
    () => (manual.forQuery === debounced ? manual.ids : search ? new Set(search.ancestors) : rootIds),
    [manual, debounced, search, rootIds],
  );
  const setExpanded = (ids: Set<string>) => setManual({ forQuery: debounced, ids });
  // Children are loaded for what the user opens; a search already answered its matches' ancestors.
  const toLoad = [...expanded].filter((id) => !rootIds.has(id) && !search?.ancestors.has(id));
  const children = useUnitChildren(toLoad);
  const loading = children.some((c) => c.isPending) || (!!debounced && found.isPending);
  const failed = children.find((c) => c.isError) ?? (found.isError ? found : null);
  // useQueries answers a new array on every render: the times its answers arrived stand for them.
  const childStamp = children.map((c) => c.dataUpdatedAt).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: childStamp stands for `children` (see above)
  const tree = useMemo(
    () => buildTree(merge([top, ...(search ? [found.data] : []), ...children.map((c) => c.data)])),
    [top, search, found.data, childStamp],
  );
  const rows = useMemo(() => visibleRows(tree, expanded, search), [tree, expanded, search]);
  const listRef = useRef<HTMLUListElement>(null);
  // Phones give a long unit name up to three lines instead of cutting it (issue 9): taller rows.
  const rowHeight = narrow ? ROW_HEIGHT_NARROW : ROW_HEIGHT;
  const { start, end, totalHeight } = useWindowVirtual(listRef, rows.length, rowHeight);

  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  return (
    <>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('org.search')}
          placeholder={t('org.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          style={{ flex: '1 1 16rem' }}
          type="search"
        />
        <Button
          variant="default"
          leftSection={<IconArrowsMinimize size={16} aria-hidden />}
          onClick={() => setExpanded(new Set())}
        >
          {t('org.collapseAll')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite" aria-busy={loading}>
        {search
          ? `${t('org.matches', { count: search.matches.size })}${found.data?.terpotong ? ` ${t('org.narrowSearch')}` : ''}`
          : t('org.shown', { count: rows.length, total: top.totalUnit })}{' '}
        {t('org.headcountLegend')}
      </Text>
      {failed && <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />}
      <Card withBorder radius="md" padding={0}>
        {rows.length === 0 ? (
          <Text c="dimmed" ta="center" py="lg">
            {loading ? t('org.loading') : t('org.noMatch')}
          </Text>
        ) : (
          <ul
            ref={listRef}
            aria-label={t('org.treeLabel')}
            style={{ position: 'relative', height: totalHeight, margin: 0, padding: 0, listStyle: 'none' }}
          >
            {rows.slice(start, end).map((row, i) => (
              <UnitTreeRow
                key={row.node.unit.id}
                row={row}
                index={start + i}
                height={rowHeight}
                query={debounced}
                indent={narrow ? 12 : 22}
                onToggle={toggle}
              />
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}

export default function OrgTreePage() {
  const { t } = useTranslation();
  const top = useUnitTop();
  return (
    <Page
      title={t('org.title')}
      subtitle={
        top.data
          ? t('org.summary', { units: formatNumber(top.data.totalUnit), pegawai: formatNumber(top.data.totalPegawai) })
          : undefined
      }
    >
      {top.isPending && <Loading />}
      {top.isError && <ErrorAlert error={top.error} onRetry={() => void top.refetch()} />}
      {top.data && (top.data.totalUnit === 0 ? <EmptyOrganisation /> : <TreeList top={top.data} />)}
    </Page>
  );
}
