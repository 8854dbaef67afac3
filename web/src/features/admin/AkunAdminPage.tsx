/**
 * Akun pengguna: admin instansi lists accounts, creates one for a pegawai (username = NIP) or a
 * named admin, assigns roles (admin instansi, admin unit with its unit, auditor), disables
 * accounts and resets passwords; "Buat akun massal" gives every pegawai without an account one at
 * once (unit admins see only that, for their units). Generated one-time passwords are shown once
 * (or downloaded once), never stored, and must be replaced by their owners at first login.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  Group,
  MultiSelect,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconLockOpen, IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePegawaiList } from '../../api/pegawai.ts';
import { useIsAdmin } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { AkunMassalModal } from './AkunMassalModal.tsx';
import {
  type Credentials,
  type RoleInput,
  useAkunList,
  useCreateAkun,
  useResetPassword,
  useUnlockAkun,
  useUpdateAkun,
} from './api.ts';

function OneTimePassword({ creds, onClose }: { creds: Credentials; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" title={t('admin.akun.sandiSekali')} withCloseButton onClose={onClose}>
      <Text size="sm">{t('admin.akun.sandiSekaliHint')}</Text>
      <Group mt="xs">
        <Text size="sm">{t('admin.akun.username')}:</Text>
        <Code>{creds.username}</Code>
        <Text size="sm">{t('admin.akun.password')}:</Text>
        <Code data-testid="one-time-password">{creds.password}</Code>
      </Group>
    </Alert>
  );
}

function CreateForm({ onCreated }: { onCreated: (c: Credentials) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [pegawaiId, setPegawaiId] = useState<string | null>(null);
  const [roles, setRoles] = useState<string[]>([]);
  const [unitId, setUnitId] = useState('');
  const people = usePegawaiList({ q, page: 1, pageSize: 20 }, { enabled: q.length >= 2 });
  const create = useCreateAkun();
  const peran: RoleInput[] = roles.map((r) => ({
    peran: r as RoleInput['peran'],
    unitId: r === 'ADMIN_UNIT' ? unitId : null,
  }));
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Text fw={600}>{t('admin.akun.buat')}</Text>
        {create.isError && <ErrorAlert error={create.error} />}
        <Select
          label={t('admin.akun.pegawai')}
          placeholder={t('admin.akun.cariPegawai')}
          searchable
          searchValue={q}
          onSearchChange={setQ}
          value={pegawaiId}
          onChange={setPegawaiId}
          data={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.nama} — ${p.nip}` }))}
          nothingFoundMessage={q.length >= 2 ? t('common.noData', { defaultValue: '—' }) : undefined}
        />
        <MultiSelect
          label={t('admin.akun.peran')}
          data={['ADMIN_INSTANSI', 'ADMIN_UNIT', 'AUDITOR'].map((r) => ({ value: r, label: t(`peran.${r}`) }))}
          value={roles}
          onChange={setRoles}
        />
        {roles.includes('ADMIN_UNIT') && (
          <TextInput
            label={t('admin.akun.unitId')}
            description={t('admin.akun.unitIdHint')}
            value={unitId}
            onChange={(e) => setUnitId(e.currentTarget.value)}
          />
        )}
        <Group>
          <Button
            disabled={!pegawaiId}
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                { pegawaiId, peran },
                {
                  onSuccess: (c) => {
                    onCreated(c);
                    setPegawaiId(null);
                    setRoles([]);
                  },
                },
              )
            }
          >
            {t('admin.akun.buatTombol')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export default function AkunAdminPage() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const [massal, setMassal] = useState(false);
  return (
    <Page
      title={t('admin.akun.title')}
      subtitle={isAdmin ? t('admin.akun.subtitle') : t('admin.massal.subtitleUnit')}
      actions={
        <Button leftSection={<IconUsersPlus size={16} />} onClick={() => setMassal(true)}>
          {t('admin.massal.tombol')}
        </Button>
      }
    >
      <AkunMassalModal opened={massal} onClose={() => setMassal(false)} />
      {isAdmin && <AccountList />}
    </Page>
  );
}

/** The tenant's accounts with the single-account form (tenant admins only). */
function AccountList() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [creds, setCreds] = useState<Credentials | null>(null);
  const list = useAkunList(q);
  const update = useUpdateAkun();
  const reset = useResetPassword();
  const unlock = useUnlockAkun();
  return (
    <>
      {creds && <OneTimePassword creds={creds} onClose={() => setCreds(null)} />}
      <CreateForm onCreated={setCreds} />
      <TextInput label={t('common.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} maw={360} />
      {(update.isError || reset.isError || unlock.isError) && (
        <ErrorAlert error={update.error ?? reset.error ?? unlock.error} />
      )}
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <ScrollTable minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.akun.username')}</Table.Th>
                <Table.Th>{t('admin.akun.nama')}</Table.Th>
                <Table.Th>{t('admin.akun.peran')}</Table.Th>
                <Table.Th>{t('admin.akun.aktif')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.username}</Table.Td>
                  <Table.Td>{a.namaTampilan}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {a.pegawaiId && <Badge variant="light">{t('peran.PEGAWAI')}</Badge>}
                      {a.peran.map((p) => (
                        <Badge key={p.peran} variant="outline">
                          {t(`peran.${p.peran}`)}
                          {p.unitNama ? ` · ${p.unitNama}` : ''}
                        </Badge>
                      ))}
                      {a.lockedUntil && (
                        <Badge color="orange" variant="light" leftSection={<IconLock size={12} />}>
                          {t('admin.akun.terkunci', { sampai: formatDateTime(a.lockedUntil) })}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      aria-label={t('admin.akun.aktif')}
                      checked={a.isActive}
                      onChange={(e) => update.mutate({ id: a.id, isActive: e.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {a.lockedUntil && (
                        <Button
                          size="xs"
                          variant="light"
                          color="orange"
                          leftSection={<IconLockOpen size={14} />}
                          loading={unlock.isPending && unlock.variables === a.id}
                          onClick={() =>
                            unlock.mutate(a.id, {
                              onSuccess: () =>
                                notifications.show({
                                  color: 'green',
                                  message: t('admin.akun.dibuka', { username: a.username }),
                                }),
                            })
                          }
                        >
                          {t('admin.akun.bukaKunci')}
                        </Button>
                      )}
                      <Button size="xs" variant="default" onClick={() => reset.mutate(a.id, { onSuccess: setCreds })}>
                        {t('admin.akun.reset')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </>
  );
}
