/**
 * Struktur organisasi: the unit tree built client-side from GET /units, with expandable nodes, a
 * search that filters and auto-expands matching branches, and windowed rendering for large trees.
 */
import { Button, Card, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconArrowsMaximize, IconArrowsMinimize, IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUnits } from '../../api/org.ts';
import { useIsAdmin } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useWindowVirtual } from '../../components/useWindowVirtual.ts';
import { allParents, buildTree, searchTree, type Tree, visibleRows } from './tree.ts';
import { AddUnitModal } from './UnitForms.tsx';
import { ROW_HEIGHT, ROW_HEIGHT_NARROW, UnitTreeRow } from './UnitTreeRow.tsx';

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

function TreeList({ tree }: { tree: Tree }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const defaultExpanded = useMemo(() => new Set(tree.roots.map((r) => r.unit.id)), [tree]);
  const [manual, setManual] = useState<{ forQuery: string; ids: Set<string> }>({ forQuery: '', ids: defaultExpanded });
  const search = useMemo(() => (debounced ? searchTree(tree, debounced) : null), [tree, debounced]);
  // A new search starts from its own expansion (the ancestors of the matches); clearing it restores the default.
  const expanded = useMemo(
    () => (manual.forQuery === debounced ? manual.ids : search ? new Set(search.ancestors) : defaultExpanded),
    [manual, debounced, search, defaultExpanded],
  );
  const setExpanded = (ids: Set<string>) => setManual({ forQuery: debounced, ids });
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
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconArrowsMaximize size={16} aria-hidden />}
            onClick={() => setExpanded(allParents(tree))}
          >
            {t('org.expandAll')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconArrowsMinimize size={16} aria-hidden />}
            onClick={() => setExpanded(new Set())}
          >
            {t('org.collapseAll')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {search
          ? t('org.matches', { count: search.matches.size })
          : t('org.shown', { count: rows.length, total: tree.byId.size })}{' '}
        {t('org.headcountLegend')}
      </Text>
      <Card withBorder radius="md" padding={0}>
        {rows.length === 0 ? (
          <Text c="dimmed" ta="center" py="lg">
            {t('org.noMatch')}
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
  const units = useUnits();
  const tree = useMemo(() => (units.data ? buildTree(units.data) : null), [units.data]);
  const totalPegawai = useMemo(() => (units.data ?? []).reduce((n, u) => n + u.jumlahPegawai, 0), [units.data]);
  return (
    <Page
      title={t('org.title')}
      subtitle={
        units.data
          ? t('org.summary', { units: formatNumber(units.data.length), pegawai: formatNumber(totalPegawai) })
          : undefined
      }
    >
      {units.isPending && <Loading />}
      {units.isError && <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />}
      {tree && (tree.byId.size === 0 ? <EmptyOrganisation /> : <TreeList tree={tree} />)}
    </Page>
  );
}
