/**
 * Instansi: the tenants of this install. A super admin sees all of them, creates a new (empty) one
 * and switches to it to import its organisation and create its admin; an agency admin sees their
 * own and keeps its name and head of government current (the SKP documents print them).
 */
import { Alert, Badge, Button, Group, List, Text } from '@mantine/core';
import { IconBuildingPlus, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Instansi } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { type Column, ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { useInstansiRows } from './api.ts';
import { CreateInstansiModal, EditInstansiModal } from './InstansiForms.tsx';

export default function InstansiPage() {
  const { t } = useTranslation();
  const session = useSession();
  const isSuper = session.hasRole('SUPER_ADMIN');
  const rows = useInstansiRows();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Instansi | null>(null);
  const [justCreated, setJustCreated] = useState<Instansi | null>(null);

  const columns: Column<Instansi>[] = [
    {
      key: 'nama',
      label: t('instansi.nama'),
      primary: true,
      render: (r) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={500}>
            {r.nama}
          </Text>
          {r.isDemo && (
            <Badge size="xs" variant="light" color="gray">
              {t('instansi.demo')}
            </Badge>
          )}
          {r.id === session.instansiId && session.picksInstansi && (
            <Badge size="xs" variant="light">
              {t('instansi.aktif')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'kode', label: t('instansi.kode'), render: (r) => <Text size="sm">{r.kode}</Text> },
    {
      key: 'jenis',
      label: t('instansi.jenisLabel'),
      render: (r) => t(`instansi.jenis.${r.jenis}`, { defaultValue: r.jenis }),
    },
    {
      key: 'pimpinan',
      label: t('instansi.pimpinan'),
      render: (r) => (r.namaPimpinan ? `${r.jabatanPimpinan}: ${r.namaPimpinan}` : r.jabatanPimpinan),
    },
    {
      key: 'aksi',
      label: '',
      render: (r) => (
        <Group gap="xs" justify="flex-end">
          {session.picksInstansi && r.id !== session.instansiId && (
            <Button size="compact-sm" variant="light" onClick={() => session.setInstansiId(r.id)}>
              {t('instansi.pilih')}
            </Button>
          )}
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPencil size={14} />}
            onClick={() => setEditing(r)}
            aria-label={t('instansi.edit', { kode: r.kode })}
          >
            {t('common.edit')}
          </Button>
        </Group>
      ),
    },
  ];

  return (
    <Page
      title={t('instansi.title')}
      subtitle={isSuper ? t('instansi.subtitleSuper') : t('instansi.subtitle')}
      actions={
        isSuper && (
          <Button leftSection={<IconBuildingPlus size={16} />} onClick={() => setCreating(true)}>
            {t('instansi.add')}
          </Button>
        )
      }
    >
      {justCreated && (
        <Alert
          color="teal"
          title={t('instansi.nextTitle', { nama: justCreated.nama })}
          withCloseButton
          onClose={() => setJustCreated(null)}
        >
          <List size="sm" spacing={4}>
            <List.Item>
              <Link to="/impor">{t('instansi.nextImpor')}</Link>
            </List.Item>
            <List.Item>
              <Link to="/akun-pengguna">{t('instansi.nextAdmin')}</Link>
            </List.Item>
            <List.Item>
              <Link to="/pengaturan">{t('instansi.nextPengaturan')}</Link>
            </List.Item>
          </List>
        </Alert>
      )}
      {rows.isPending ? (
        <Loading />
      ) : rows.isError ? (
        <ErrorAlert error={rows.error} onRetry={() => void rows.refetch()} />
      ) : (
        <ResponsiveTable
          columns={columns}
          rows={rows.data}
          rowKey={(r) => r.id}
          caption={t('instansi.title')}
          empty={t('instansi.empty')}
        />
      )}
      <CreateInstansiModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(row) => {
          setCreating(false);
          setJustCreated(row);
          session.setInstansiId(row.id);
        }}
      />
      {editing && <EditInstansiModal row={editing} opened={!!editing} onClose={() => setEditing(null)} />}
    </Page>
  );
}
