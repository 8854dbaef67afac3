/** Coloured badge of an SKP status (null = the pegawai has not made an SKP yet). */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  BELUM: 'red',
  BELUM_MULAI: 'red',
  DRAFT: 'gray',
  DIAJUKAN: 'blue',
  DIKEMBALIKAN: 'orange',
  DITETAPKAN: 'green',
  DITUTUP: 'dark',
};

export function SkpStatusBadge({
  status,
  size = 'sm',
}: {
  status: string | null | undefined;
  size?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useTranslation();
  const s = status ?? 'BELUM';
  return (
    <Badge color={COLORS[s] ?? 'gray'} variant="light" size={size} style={{ flexShrink: 0 }}>
      {t(`skp.status.${s}`, { defaultValue: s })}
    </Badge>
  );
}
