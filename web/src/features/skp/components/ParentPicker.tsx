/**
 * "RHK Pimpinan yang Diintervensi" (JA/JF form): the appraiser's RHK from GET /skp/:id/rhk-atasan,
 * shown even while the appraiser's SKP is a draft (badge "draf atasan"), so nobody waits for the
 * leader; plus cascading langsung / tidak langsung.
 */
import { Alert, Badge, Button, Group, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBellRinging, IconCopy, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useIngatkanAtasan } from '../api/skp.ts';
import type { Cascading, RhkAtasan, RhkAtasanItem } from '../api/types.ts';

/** "Ingatkan <appraiser>": asks the appraiser for RHK when they have written none yet. */
function RemindButton({ skpId, nama }: { skpId: string; nama: string }) {
  const { t } = useTranslation();
  const remind = useIngatkanAtasan(skpId);
  return (
    <>
      <Button
        size="xs"
        mt="xs"
        variant="light"
        leftSection={<IconBellRinging size={16} aria-hidden />}
        loading={remind.isPending}
        disabled={remind.isSuccess}
        onClick={() =>
          remind.mutate(undefined, {
            onSuccess: (r) =>
              notifications.show({
                color: r.terkirim ? 'green' : 'blue',
                message: t(r.terkirim ? 'skp.rhkForm.remindSent' : 'skp.rhkForm.remindPending', { nama: r.penilai }),
              }),
          })
        }
      >
        {remind.isSuccess ? t('skp.rhkForm.remindDone') : t('skp.rhkForm.remind', { nama })}
      </Button>
      {remind.isError && <ErrorAlert error={remind.error} />}
    </>
  );
}

export function ParentPicker({
  skpId,
  data,
  loading,
  error,
  value,
  onChange,
  cascading,
  onCascading,
  onCopy,
  requiredError,
}: {
  skpId: string;
  data: RhkAtasan | undefined;
  loading: boolean;
  error: unknown;
  value: string | null;
  onChange: (id: string) => void;
  cascading: Cascading;
  onCascading: (c: Cascading) => void;
  onCopy: (item: RhkAtasanItem) => void;
  requiredError?: string;
}) {
  const { t } = useTranslation();
  if (loading) return <Loading minHeight={80} />;
  if (error) return <ErrorAlert error={error} />;
  const items = data?.rhk ?? [];
  const selected = items.find((r) => r.id === value) ?? null;
  const atasanDraft = data?.skpAtasan && data.skpAtasan.status !== 'DITETAPKAN';
  return (
    <Stack gap="xs">
      {!data?.penilai ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle />}>
          {t('skp.rhkForm.noPenilai')}
        </Alert>
      ) : items.length === 0 ? (
        <Alert
          color={requiredError ? 'red' : 'blue'}
          variant="light"
          icon={<IconInfoCircle />}
          role={requiredError ? 'alert' : undefined}
        >
          {t('skp.rhkForm.parentEmpty', { nama: data.penilai.nama })}
          {data.penilai.pegawaiId && <RemindButton skpId={skpId} nama={data.penilai.nama} />}
        </Alert>
      ) : (
        atasanDraft && (
          <Alert color="grape" variant="light" icon={<IconInfoCircle />}>
            {t('skp.rhkForm.parentDraft', { nama: data.penilai.nama })}
          </Alert>
        )
      )}
      {items.length > 0 && (
        <Radio.Group
          label={t('skp.hasil.rhkPimpinan')}
          description={data?.penilai ? t('skp.rhkForm.parentFrom', { nama: data.penilai.nama }) : undefined}
          value={value ?? ''}
          onChange={onChange}
          error={requiredError}
          withAsterisk
        >
          <Stack gap={6} mt={6}>
            {items.map((r) => (
              <Radio
                key={r.id}
                value={r.id}
                label={
                  <Group gap={6} wrap="wrap" component="span">
                    <span>{r.teks}</span>
                    {r.skpStatus !== 'DITETAPKAN' && (
                      <Badge size="xs" color="grape" variant="light" component="span">
                        {t('skp.hasil.drafAtasan')}
                      </Badge>
                    )}
                  </Group>
                }
                description={r.iki.map((i) => i.indikator).join(' · ') || undefined}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {items.length > 0 && (
        <div>
          <Text size="sm" fw={500} id="cascading-label" mb={4}>
            {t('skp.rhkForm.cascading')}
          </Text>
          <SegmentedControl
            aria-labelledby="cascading-label"
            value={cascading}
            onChange={(v) => onCascading(v as Cascading)}
            data={[
              { value: 'LANGSUNG', label: t('skp.cascading.LANGSUNG') },
              { value: 'TIDAK_LANGSUNG', label: t('skp.cascading.TIDAK_LANGSUNG') },
            ]}
            fullWidth
          />
          <Text size="xs" c="dimmed" mt={4}>
            {t(`skp.rhkForm.cascadingHelp.${cascading}`)}
          </Text>
          {selected && cascading === 'LANGSUNG' && (
            <Button
              mt={6}
              size="xs"
              variant="light"
              leftSection={<IconCopy size={14} aria-hidden />}
              onClick={() => onCopy(selected)}
            >
              {t('skp.rhkForm.copyParent')}
            </Button>
          )}
        </div>
      )}
    </Stack>
  );
}
