/** One piece of evidence as a line: what it is, its date and size, opened in a new tab (never run here). */
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconFileText, IconLink, IconPhoto } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { type Bukti, formatUkuran, isInlineMime, unduhUrl } from './api.ts';

export function BuktiItem({ bukti, instansiId, children }: { bukti: Bukti; instansiId: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const locale = currentLanguage() === 'en' ? 'en-GB' : 'id-ID';
  const isLink = bukti.jenis === 'TAUTAN';
  const Icon = isLink ? IconLink : bukti.mime?.startsWith('image/') ? IconPhoto : IconFileText;
  const href = isLink ? (bukti.url ?? '#') : unduhUrl(instansiId, bukti.id, isInlineMime(bukti.mime));
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="bukti-item">
      <Icon size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Anchor
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          fw={500}
          style={{ overflowWrap: 'anywhere' }}
          aria-label={t(isLink ? 'bukti.bukaTautan' : 'bukti.bukaBerkas', { judul: bukti.judul })}
        >
          {bukti.judul}
        </Anchor>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {formatDate(bukti.tanggal)}
          {isLink ? ` · ${bukti.url}` : ` · ${bukti.namaBerkas ?? ''} · ${formatUkuran(bukti.ukuran, locale)}`}
        </Text>
        {bukti.deskripsi && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {bukti.deskripsi}
          </Text>
        )}
        {children}
      </Stack>
    </Group>
  );
}
