/**
 * "Buat akun massal": accounts for every pegawai of a unit subtree (or the whole instansi) who has
 * none — username NIP, one-time password to be replaced at first login. A dry run shows how many
 * first; after creation the XLSX with the passwords downloads at once. The file lives only in this
 * dialog's memory (Kinerja never stores the passwords): closing the dialog drops it.
 */
import { Alert, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconDownload } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsAdmin } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber } from '../../components/format.ts';
import { UnitPicker, useOwnUnitRoots, useUnitName } from '../org/UnitPicker.tsx';
import { type AkunMassalResult, useAkunMassal, useAkunMassalPreview } from './api.ts';

interface Download {
  url: string;
  namaBerkas: string;
  jumlah: number;
}

function toDownload(result: AkunMassalResult): Download | null {
  if (!result.berkas) return null;
  const bytes = Uint8Array.from(atob(result.berkas.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: result.berkas.mimeType }));
  return { url, namaBerkas: result.berkas.namaBerkas, jumlah: result.jumlah };
}

function save(d: Download) {
  const a = document.createElement('a');
  a.href = d.url;
  a.download = d.namaBerkas;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

function duration(ms: number, t: TFunction): string {
  return ms >= 90_000
    ? t('admin.massal.menit', { n: Math.round(ms / 60_000) })
    : t('admin.massal.detik', { n: Math.max(1, Math.round(ms / 1000)) });
}

export function AkunMassalModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const isAdmin = useIsAdmin();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [download, setDownload] = useState<Download | null>(null);
  // All units for tenant admins, their own subtrees for unit admins (searched on the server).
  const dalam = useOwnUnitRoots();
  const unitName = useUnitName(unitId);
  const preview = useAkunMassalPreview(unitId, opened && !download);
  const create = useAkunMassal();
  const busy = create.isPending;

  // Leaving the page mid-way would lose the only copy of the passwords.
  useEffect(() => {
    if (!busy && !download) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [busy, download]);

  const close = () => {
    if (busy) return;
    if (download) URL.revokeObjectURL(download.url);
    setDownload(null);
    setUnitId(null);
    create.reset();
    onClose();
  };

  const onCreate = () =>
    create.mutate(
      { unitId },
      {
        onSuccess: (result) => {
          const d = toDownload(result);
          setDownload(d);
          if (d) save(d);
        },
      },
    );

  const p = preview.data;
  const scope = unitId
    ? (unitName.data?.label ?? '')
    : isAdmin
      ? t('admin.massal.cakupanSemua')
      : t('admin.massal.cakupanUnitSaya');
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('admin.massal.title')}
      fullScreen={!!phone}
      size="lg"
      centered
      closeOnClickOutside={!busy && !download}
      closeOnEscape={!busy}
      withCloseButton={!busy}
    >
      <Stack gap="sm">
        {download ? (
          <>
            <Alert color="teal" title={t('admin.massal.dibuat', { n: formatNumber(download.jumlah) })}>
              <Text size="sm">{t('admin.massal.diunduh', { berkas: download.namaBerkas })}</Text>
            </Alert>
            <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
              <Text size="sm">{t('admin.massal.satuSalinan')}</Text>
            </Alert>
            <Group justify="flex-end">
              <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => save(download)}>
                {t('admin.massal.unduhLagi')}
              </Button>
              <Button onClick={close}>{t('admin.massal.selesai')}</Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm">{t('admin.massal.intro')}</Text>
            <UnitPicker
              label={t('admin.massal.unit')}
              placeholder={isAdmin ? t('admin.massal.semua') : t('admin.massal.semuaUnitSaya')}
              value={unitId}
              onChange={setUnitId}
              dalam={dalam}
              clearable
              disabled={busy}
            />
            {preview.isError && <ErrorAlert error={preview.error} />}
            {preview.isFetching && !busy ? (
              <Group gap="xs">
                <Loader size="xs" />
                <Text size="sm">{t('admin.massal.menghitung')}</Text>
              </Group>
            ) : (
              p && (
                <Alert color={p.jumlah ? 'blue' : 'gray'} data-testid="akun-massal-preview">
                  <Text size="sm" fw={600}>
                    {p.jumlah
                      ? t('admin.massal.akanDibuat', { n: formatNumber(p.jumlah), scope })
                      : t('admin.massal.tidakAda', { scope })}
                  </Text>
                  {!!p.jumlah && !!p.perkiraanMs && p.perkiraanMs >= 5000 && (
                    <Text size="sm">{t('admin.massal.perkiraan', { waktu: duration(p.perkiraanMs, t) })}</Text>
                  )}
                  {p.dilewati.length > 0 && (
                    <>
                      <Text size="sm" mt="xs">
                        {t('admin.massal.dilewati', { n: formatNumber(p.dilewati.length) })}
                      </Text>
                      <List size="xs">
                        {p.dilewati.slice(0, 10).map((d) => (
                          <List.Item key={d.pegawaiId}>
                            {d.nama} — {d.nip}
                          </List.Item>
                        ))}
                      </List>
                    </>
                  )}
                </Alert>
              )
            )}
            <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('admin.massal.sandiTitle')}>
              <Text size="sm">{t('admin.massal.sandiHint')}</Text>
            </Alert>
            {create.isError && <ErrorAlert error={create.error} />}
            {busy && (
              <Group gap="xs">
                <Loader size="sm" />
                <Text size="sm">
                  {t('admin.massal.membuat', { n: formatNumber(p?.jumlah ?? 0) })}
                  {p?.perkiraanMs && p.perkiraanMs >= 5000
                    ? ` ${t('admin.massal.perkiraan', { waktu: duration(p.perkiraanMs, t) })}`
                    : ''}
                </Text>
              </Group>
            )}
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close} disabled={busy}>
                {t('common.cancel')}
              </Button>
              <Button onClick={onCreate} loading={busy} disabled={!p?.jumlah || preview.isFetching}>
                {t('admin.massal.buat', { n: formatNumber(p?.jumlah ?? 0) })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
