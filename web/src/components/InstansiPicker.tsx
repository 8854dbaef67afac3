/** For accounts without their own tenant (super admin): choose the instansi to work on. */
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useInstansiList } from '../api/auth.ts';
import { useSession } from '../auth/session.tsx';

export function InstansiPicker({ w = 260, withLabel = false }: { w?: number | string; withLabel?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const list = useInstansiList(session.picksInstansi);
  if (!session.picksInstansi) return null;
  return (
    <Select
      size="xs"
      w={w}
      label={withLabel ? t('nav.instansi') : undefined}
      aria-label={t('nav.chooseInstansi')}
      placeholder={t('nav.chooseInstansi')}
      searchable
      nothingFoundMessage={t('nav.noInstansi')}
      data={(list.data ?? []).map((i) => ({ value: i.id, label: `${i.nama} (${i.kode})` }))}
      value={session.instansiId}
      onChange={(v) => v && session.setInstansiId(v)}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
