/** Table of sub-periods with editable entry deadlines (batas pengisian). */
import { Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format.ts';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import type { SubPeriode } from '../api/planning-types.ts';

export function SubPeriodeTable({ rows, onChange }: { rows: SubPeriode[]; onChange?: (rows: SubPeriode[]) => void }) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={300}>
      <Table fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('skp.periode.kode')}</Table.Th>
            <Table.Th>{t('skp.periode.rentang')}</Table.Th>
            <Table.Th>{t('skp.periode.batasPengisian')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p, i) => (
            <Table.Tr key={p.kode}>
              <Table.Td>{t(`skp.periode.kodeLabel.${p.kode}`, { defaultValue: p.kode })}</Table.Td>
              <Table.Td>
                {/* Each date whole; the range may break after the dash on a phone. */}
                <span style={{ whiteSpace: 'nowrap' }}>{formatDate(p.mulai)} –</span>{' '}
                <span style={{ whiteSpace: 'nowrap' }}>{formatDate(p.selesai)}</span>
              </Table.Td>
              <Table.Td>
                {onChange ? (
                  <TextInput
                    type="date"
                    size="xs"
                    aria-label={t('skp.periode.batasFor', { kode: p.kode })}
                    value={p.batasPengisian}
                    onChange={(e) =>
                      onChange(rows.map((r, j) => (j === i ? { ...r, batasPengisian: e.currentTarget.value } : r)))
                    }
                  />
                ) : (
                  formatDate(p.batasPengisian)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
