/** The pegawai list as a table (cards on phones): name with gelar, NIP, jabatan, unit, ASN type. */
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PegawaiListItem } from '../api/types.ts';
import { formatNip, namaLengkap } from './format.ts';
import { type Column, ResponsiveTable } from './ResponsiveTable.tsx';

export function PegawaiTable({ items, hideUnit = false }: { items: PegawaiListItem[]; hideUnit?: boolean }) {
  const { t } = useTranslation();
  const columns: Column<PegawaiListItem>[] = [
    {
      key: 'nama',
      label: t('list.nama'),
      primary: true,
      render: (p) => (
        <Anchor component={Link} to={`/pegawai/${p.id}`} fw={600} size="sm">
          {namaLengkap(p)}
        </Anchor>
      ),
    },
    {
      key: 'nip',
      label: t('list.nip'),
      render: (p) => (
        <div>
          <Text size="sm" ff="monospace" span className="nip">
            {formatNip(p.nip, p.jenisAsn)}
          </Text>
          <Group gap={4} wrap="nowrap" mt={2}>
            <Badge variant="outline" size="xs" style={{ flexShrink: 0 }}>
              {t(`jenisAsn.${p.jenisAsn}`, { defaultValue: p.jenisAsn })}
            </Badge>
            {p.golongan && (
              <Text size="xs" c="dimmed" span>
                {p.golongan}
              </Text>
            )}
            {p.status !== 'AKTIF' && (
              <Badge color="gray" size="xs">
                {t(`statusPegawai.${p.status}`, { defaultValue: p.status })}
              </Badge>
            )}
          </Group>
        </div>
      ),
    },
    {
      key: 'jabatan',
      label: t('list.jabatan'),
      render: (p) =>
        p.jabatanNama ? (
          <div>
            <Text size="sm" span>
              {p.jabatanNama}
            </Text>
            {p.jenisJabatan && (
              <Text size="xs" c="dimmed">
                {t(`jenisJabatan.${p.jenisJabatan}`, { defaultValue: p.jenisJabatan })}
                {p.jenjang ? ` · ${t(`jenjang.${p.jenjang}`, { defaultValue: p.jenjang })}` : ''}
              </Text>
            )}
          </div>
        ) : (
          <Text size="sm" c="dimmed" span>
            {t('list.noJabatan')}
          </Text>
        ),
    },
    ...(hideUnit
      ? []
      : [
          {
            key: 'unit',
            label: t('list.unit'),
            render: (p: PegawaiListItem) =>
              p.unitId ? (
                <Anchor component={Link} to={`/organisasi/${p.unitId}`} size="sm">
                  {p.unitNama}
                </Anchor>
              ) : (
                '—'
              ),
          },
        ]),
  ];
  return <ResponsiveTable columns={columns} rows={items} rowKey={(p) => p.id} empty={t('list.none')} />;
}
