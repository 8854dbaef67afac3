/** Unit page: breadcrumb, head, sub-units, positions with holders, people (paged), admin forms. */
import { Anchor, Badge, Breadcrumbs, Button, Card, Group, SimpleGrid, Switch, Title } from '@mantine/core';
import { IconBriefcase, IconEdit, IconSitemap } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useUnit } from '../../api/org.ts';
import { usePegawaiList } from '../../api/pegawai.ts';
import type { JabatanInUnit, UnitDetail } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { Pager } from '../../components/Pager.tsx';
import { PegawaiTable } from '../../components/PegawaiTable.tsx';
import { useUnitChildren } from '../../features/org/api.ts';
import { EditJabatanModal } from './EditJabatanModal.tsx';
import { AddJabatanModal, AddUnitModal, EditUnitModal } from './UnitForms.tsx';
import { ChildUnits, HeadCard, JabatanTable } from './UnitSections.tsx';

const PAGE_SIZE = 20;

function People({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [includeSubunits, setIncludeSubunits] = useState(false);
  const list = usePegawaiList({ unitId, includeSubunits: includeSubunits || undefined, page, pageSize: PAGE_SIZE });
  return (
    <Card withBorder radius="md" padding="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="h4">
          {t('unit.people')}
        </Title>
        <Switch
          label={t('unit.includeSubunits')}
          checked={includeSubunits}
          onChange={(e) => {
            setIncludeSubunits(e.currentTarget.checked);
            setPage(1);
          }}
        />
      </Group>
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          <PegawaiTable items={list.data.items} hideUnit={!includeSubunits} />
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />
        </>
      )}
    </Card>
  );
}

type Dialog = 'edit' | 'unit' | 'jabatan' | 'editJabatan' | null;

function UnitView({ detail }: { detail: UnitDetail }) {
  const { t } = useTranslation();
  // The children's heads and headcounts: this unit's level of the tree, not the whole unit list.
  const [children] = useUnitChildren([detail.unit.id]);
  const byId = useMemo(() => new Map((children?.data?.items ?? []).map((u) => [u.id, u])), [children?.data]);
  const [dialog, setDialog] = useState<Dialog>(null);
  // The position being edited stays set while its dialog closes, so the dialog can animate out.
  const [editJabatanId, setEditJabatanId] = useState<string | null>(null);
  const editingJabatan = detail.jabatan.find((j) => j.id === editJabatanId) ?? null;
  const openEditJabatan = (j: JabatanInUnit) => {
    setEditJabatanId(j.id);
    setDialog('editJabatan');
  };
  const u = detail.unit;
  const breadcrumb = (
    <Breadcrumbs separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }} aria-label="breadcrumb">
      <Anchor component={Link} to="/organisasi" size="sm">
        {t('org.title')}
      </Anchor>
      {detail.breadcrumb.map((b) => (
        <Anchor key={b.id} component={Link} to={`/organisasi/${b.id}`} size="sm">
          {b.nama}
        </Anchor>
      ))}
    </Breadcrumbs>
  );
  const actions = detail.canEdit && (
    <>
      <Button variant="light" leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setDialog('edit')}>
        {t('unit.edit')}
      </Button>
      <Button variant="light" leftSection={<IconSitemap size={16} aria-hidden />} onClick={() => setDialog('unit')}>
        {t('unit.addUnit')}
      </Button>
      <Button
        variant="light"
        leftSection={<IconBriefcase size={16} aria-hidden />}
        onClick={() => setDialog('jabatan')}
      >
        {t('unit.addJabatan')}
      </Button>
    </>
  );
  return (
    <Page
      title={u.nama}
      breadcrumb={breadcrumb}
      subtitle={
        <Group gap={6}>
          <Badge variant="light">{t(`jenisUnit.${u.jenis}`, { defaultValue: u.jenis })}</Badge>
          <span>{t('unit.kode', { kode: u.kode })}</span>
        </Group>
      }
      actions={actions}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <HeadCard detail={detail} />
        <ChildUnits detail={detail} units={byId} />
      </SimpleGrid>
      <JabatanTable jabatan={detail.jabatan} onEdit={detail.canEdit ? openEditJabatan : undefined} />
      <People unitId={u.id} />
      {detail.canEdit && (
        <>
          <EditUnitModal detail={detail} opened={dialog === 'edit'} onClose={() => setDialog(null)} />
          <AddUnitModal parent={u} opened={dialog === 'unit'} onClose={() => setDialog(null)} />
          <AddJabatanModal unit={u} opened={dialog === 'jabatan'} onClose={() => setDialog(null)} />
          {editingJabatan && (
            <EditJabatanModal
              key={editingJabatan.id}
              detail={detail}
              jabatan={editingJabatan}
              opened={dialog === 'editJabatan'}
              onClose={() => setDialog(null)}
            />
          )}
        </>
      )}
    </Page>
  );
}

export default function UnitPage() {
  const { unitId = '' } = useParams();
  const unit = useUnit(unitId);
  if (unit.isPending) return <Loading />;
  if (unit.isError && !unit.data) return <ErrorAlert error={unit.error} onRetry={() => void unit.refetch()} />;
  return <UnitView key={unitId} detail={unit.data} />;
}
