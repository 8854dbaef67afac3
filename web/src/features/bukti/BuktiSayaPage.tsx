/**
 * "Bukti saya": the pegawai's evidence library — add a file (with upload progress) or a link,
 * search, see where each piece is used (IKI × period), delete what no rated period relies on.
 * One piece of evidence is attached to many IKI and periods from the SKP page without a second upload.
 */
import { Alert, Badge, Button, Card, Collapse, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstansiId, useSession } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { Pager } from '../../components/Pager.tsx';
import { PAGE_SIZE, useBuktiSaya, useHapusBukti } from './api.ts';
import { BuktiBaruForm } from './BuktiBaruForm.tsx';
import { BuktiItem } from './BuktiItem.tsx';

export default function BuktiSayaPage() {
  const { t } = useTranslation();
  const iid = useInstansiId();
  const session = useSession();
  const hasLibrary = !!session.me.pegawai;
  const [cari, setCari] = useState('');
  const [debounced] = useDebouncedValue(cari, 300);
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const list = useBuktiSaya(debounced, page, hasLibrary);
  const hapus = useHapusBukti();

  if (!hasLibrary)
    return (
      <Page title={t('bukti.judulHalaman')}>
        <Alert color="gray">{t('bukti.tanpaPegawai')}</Alert>
      </Page>
    );

  const remove = async (id: string) => {
    setDeleteError(null);
    try {
      await hapus.mutateAsync(id);
      setConfirming(null);
      notifications.show({ color: 'green', message: t('bukti.dihapus') });
    } catch (err) {
      setDeleteError(err);
    }
  };

  return (
    <Page
      title={t('bukti.judulHalaman')}
      subtitle={t('bukti.subjudul')}
      actions={
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setAdding((a) => !a)}
          aria-expanded={adding}
        >
          {t('bukti.tambah')}
        </Button>
      }
    >
      <Stack gap="md">
        <Collapse expanded={adding}>
          <Card withBorder padding="md">
            <BuktiBaruForm
              maxMb={list.data?.maksimumMb}
              onDone={() => {
                setAdding(false);
                notifications.show({ color: 'green', message: t('bukti.tersimpan') });
              }}
            />
          </Card>
        </Collapse>
        <TextInput
          leftSection={<IconSearch size={16} aria-hidden />}
          label={t('bukti.cari')}
          placeholder={t('bukti.cariPlaceholder')}
          value={cari}
          onChange={(e) => {
            setCari(e.currentTarget.value);
            setPage(1);
          }}
          maxLength={100}
        />
        {list.isLoading ? (
          <Loading />
        ) : list.error ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : !list.data?.items.length ? (
          <Text c="dimmed">{debounced ? t('bukti.tidakDitemukan') : t('bukti.kosong')}</Text>
        ) : (
          <Stack gap="sm">
            {list.data.items.map((b) => (
              <Card key={b.id} withBorder padding="sm" component="article" aria-label={b.judul}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <BuktiItem bukti={b} instansiId={iid}>
                    <Group gap={4} wrap="wrap" mt={4}>
                      {b.dipakai.length === 0 ? (
                        <Text size="xs" c="dimmed">
                          {t('bukti.belumDipakai')}
                        </Text>
                      ) : (
                        <>
                          <Text size="xs" c="dimmed">
                            {t('bukti.dipakaiUntuk')}
                          </Text>
                          {b.dipakai.map((d) => (
                            <Badge
                              key={`${d.ikiId}-${d.periodeKode}`}
                              size="sm"
                              variant="light"
                              style={{ maxWidth: '100%' }}
                            >
                              {d.periodeKode} {d.tahun} · {d.indikator}
                            </Badge>
                          ))}
                        </>
                      )}
                    </Group>
                  </BuktiItem>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() => {
                      setDeleteError(null);
                      setConfirming(b.id);
                    }}
                    aria-label={t('bukti.hapusNamed', { judul: b.judul })}
                  >
                    {t('bukti.hapus')}
                  </Button>
                </Group>
                {confirming === b.id && (
                  <Alert color="red" variant="light" mt="xs" title={t('bukti.hapusTanya')}>
                    <Text size="sm">
                      {b.dipakai.length ? t('bukti.hapusDipakai', { n: b.dipakai.length }) : t('bukti.hapusBebas')}
                    </Text>
                    {deleteError !== null && <ErrorAlert error={deleteError} />}
                    <Group gap="xs" mt="xs">
                      <Button size="xs" color="red" loading={hapus.isPending} onClick={() => void remove(b.id)}>
                        {t('bukti.hapusYa')}
                      </Button>
                      <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                        {t('bukti.batal')}
                      </Button>
                    </Group>
                  </Alert>
                )}
              </Card>
            ))}
            <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />
          </Stack>
        )}
      </Stack>
    </Page>
  );
}
