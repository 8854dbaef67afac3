/**
 * Who appraises a pegawai and why: pejabat penilai and atasan pejabat penilai side by side, the
 * ordered reasons from the API and any problems, in the UI language. Wrong-appraiser data is the
 * users' main complaint with e-Kinerja, so this explains every step rather than only the result.
 */
import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconBuildingBank, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Penilai, PenilaiExplanation as TExplanation } from '../api/types.ts';
import { pickText } from '../i18n/index.ts';
import { formatDate, formatNip } from './format.ts';

export function ViaBadge({ via }: { via: string }) {
  const { t } = useTranslation();
  const color = via === 'DEFINITIF' ? 'gray' : via === 'OVERRIDE' ? 'grape' : 'orange';
  return (
    <Tooltip label={t(`jenisPenempatanHelp.${via}`, { defaultValue: '' }) || via} multiline w={240} withArrow>
      <Badge color={color} variant="light" size="sm" tabIndex={0}>
        {t(`jenisPenempatan.${via}`, { defaultValue: via })}
      </Badge>
    </Tooltip>
  );
}

function Person({
  label,
  hint,
  person,
  linkable,
}: {
  label: string;
  hint: string;
  person: Penilai | null;
  linkable: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md">
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {hint}
      </Text>
      {!person && <Text c="red">{t('penilai.noPenilai')}</Text>}
      {person?.kind === 'PIMPINAN_INSTANSI' && (
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size="lg" radius="xl">
            <IconBuildingBank size={20} aria-hidden />
          </ThemeIcon>
          <div>
            <Text fw={600}>{person.nama ? `${person.jabatan} — ${person.nama}` : person.jabatan}</Text>
            <Text size="xs" c="dimmed">
              {t('penilai.pimpinanHint')}
            </Text>
          </div>
        </Group>
      )}
      {person?.kind === 'PEGAWAI' && (
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size="lg" radius="xl">
            <IconUser size={20} aria-hidden />
          </ThemeIcon>
          <div style={{ minWidth: 0 }}>
            {linkable ? (
              <Anchor component={Link} to={`/pegawai/${person.pegawaiId}`} fw={600}>
                {person.nama}
              </Anchor>
            ) : (
              <Text fw={600}>{person.nama}</Text>
            )}
            <Text size="xs" ff="monospace">
              {formatNip(person.nip)}
            </Text>
            {person.jabatanNama && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {person.jabatanNama}
              </Text>
            )}
            <Group gap={6} mt={4}>
              <Text size="xs" c="dimmed">
                {t('penilai.via')}
              </Text>
              <ViaBadge via={person.via} />
            </Group>
          </div>
        </Group>
      )}
    </Card>
  );
}

export function PenilaiExplanation({
  explanation,
  nama,
  title,
  linkable = true,
  headingLevel = 2,
}: {
  explanation: TExplanation;
  nama?: string;
  /** Heading instead of "Siapa yang menilai {nama}". */
  title?: string;
  /** Link the people to their pages (only useful where the viewer may open them). */
  linkable?: boolean;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const e = explanation;
  return (
    <Stack gap="sm">
      <div>
        <Title order={headingLevel} fz="h4">
          {title ?? (nama ? t('penilai.titleFor', { nama }) : t('penilai.title'))}
        </Title>
        <Text size="sm" c="dimmed">
          {t('penilai.onDate', { date: formatDate(e.tanggal) })}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Person label={t('penilai.penilai')} hint={t('penilai.penilaiHint')} person={e.penilai} linkable={linkable} />
        <Person
          label={t('penilai.atasanPenilai')}
          hint={t('penilai.atasanPenilaiHint')}
          person={e.atasanPenilai}
          linkable={linkable}
        />
      </SimpleGrid>
      {e.alasan.length > 0 && (
        <div>
          <Text fw={600} size="sm" mb={4}>
            {t('penilai.why')}
          </Text>
          <List type="ordered" size="sm" spacing={4}>
            {e.alasan.map((a) => (
              <List.Item key={`${a.code}-${a.id}`}>{pickText(a)}</List.Item>
            ))}
          </List>
        </div>
      )}
      {e.masalah.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('penilai.problems')}
          role="note"
        >
          <List size="sm" spacing={4}>
            {e.masalah.map((m) => (
              <List.Item key={`${m.code}-${m.id}`}>
                {pickText(m)}{' '}
                <Text span size="xs" c="dimmed">
                  ({t(`masalah.types.${m.code}.title`, { defaultValue: m.code })})
                </Text>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Text size="xs" c="dimmed">
        {t('penilai.basics')} {t('penilai.rule', { aturan: e.aturan })}
      </Text>
    </Stack>
  );
}
