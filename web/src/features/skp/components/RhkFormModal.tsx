/**
 * Add or edit an RHK. JA/JF: the leader's RHK to intervene (or another source: JF scope, tim
 * kerja, penugasan) and cascading. JPT: the unit's Perjanjian Kinerja indicator, perspektif and
 * "penugasan dari". Both: the RHK text and its IKI with targets.
 */
import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useRhkAtasan } from '../api/skp.ts';
import {
  type Cascading,
  type JenisRhk,
  PERSPEKTIF,
  type Perspektif,
  type Rhk,
  type RhkInput,
  type SumberRhk,
} from '../api/types.ts';
import { isConflict } from './ConflictNotice.tsx';
import { emptyIki, IkiFields } from './IkiFields.tsx';
import { angka, rhkToInput } from './ikiText.ts';
import { ParentPicker } from './ParentPicker.tsx';
import type { SkpEditor } from './useSkpEditor.ts';

const SUMBER: Record<'JPT' | 'JA_JF', SumberRhk[]> = {
  JPT: ['PK', 'PENUGASAN'],
  JA_JF: ['INTERVENSI', 'JF', 'TIM_KERJA', 'PENUGASAN'],
};

function initial(editor: SkpEditor, rhk: Rhk | null, jenis: JenisRhk): RhkInput {
  if (rhk) return rhkToInput(rhk);
  const jpt = editor.skp.jenisForm === 'JPT';
  return {
    jenis,
    teks: '',
    sumber: jpt ? 'PK' : jenis === 'TAMBAHAN' ? 'PENUGASAN' : 'INTERVENSI',
    parentRhkId: null,
    pkIndikatorId: null,
    cascading: jpt ? null : 'TIDAK_LANGSUNG',
    perspektif: null,
    penugasanDari: null,
    iki: [emptyIki()],
  };
}

function RhkForm({
  editor,
  rhk,
  jenis,
  onClose,
}: {
  editor: SkpEditor;
  rhk: Rhk | null;
  jenis: JenisRhk;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState<RhkInput>(() => initial(editor, rhk, jenis));
  const [showErrors, setShowErrors] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const jpt = editor.skp.jenisForm === 'JPT';
  const atasan = useRhkAtasan(editor.skp.id, true);
  const set = (patch: Partial<RhkInput>) => setV((old) => ({ ...old, ...patch }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setShowErrors(true);
    const needsParent = !jpt && v.sumber === 'INTERVENSI' && !v.parentRhkId;
    if (needsParent || !v.teks.trim() || v.iki.some((i) => !i.indikator.trim())) return;
    const body: RhkInput = {
      ...v,
      teks: v.teks.trim(),
      parentRhkId: v.sumber === 'INTERVENSI' ? v.parentRhkId : null,
      cascading: v.sumber === 'INTERVENSI' && v.parentRhkId ? v.cascading : null,
      pkIndikatorId: jpt && v.sumber === 'PK' ? v.pkIndikatorId : null,
      penugasanDari: v.penugasanDari?.trim() || null,
      iki: v.iki.map((i) => ({
        ...i,
        indikator: i.indikator.trim(),
        targetNilai: editor.skp.pendekatan === 'KUANTITATIF' ? angka(i.targetNilai) : null,
        targetSatuan: editor.skp.pendekatan === 'KUANTITATIF' ? i.targetSatuan?.trim() || null : null,
        targetTeks: i.targetTeks?.trim() || null,
      })),
    };
    const r = rhk
      ? await editor.run({ kind: 'updateRhk', rhkId: rhk.id, body }, t('common.saved'))
      : await editor.run({ kind: 'addRhk', body }, t('skp.rhkForm.added'));
    if (r.ok && r.out.anakDitandai) {
      notifications.show({ color: 'blue', message: t('skp.rhkForm.anakDitandai', { count: r.out.anakDitandai }) });
    }
    if (r.ok || isConflict(r.error)) onClose();
    else setError(r.error);
  };

  const pkData = (atasan.data?.pkIndikator ?? []).map((p) => ({
    value: p.id,
    label: p.sasaran ? `${p.indikator} (${p.sasaran})` : p.indikator,
  }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Group grow wrap="wrap" gap="xs">
          <Select
            label={t('skp.rhkForm.jenis')}
            data={(['UTAMA', 'TAMBAHAN'] as const).map((j) => ({ value: j, label: t(`skp.jenisRhk.${j}`) }))}
            value={v.jenis}
            onChange={(x) => x && set({ jenis: x as JenisRhk })}
            allowDeselect={false}
            miw={140}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('skp.rhkForm.sumber')}
            data={SUMBER[editor.skp.jenisForm].map((s) => ({ value: s, label: t(`skp.sumber.${s}`) }))}
            value={v.sumber}
            onChange={(x) => x && set({ sumber: x as SumberRhk })}
            allowDeselect={false}
            miw={180}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
        {!jpt && v.sumber === 'INTERVENSI' && (
          <ParentPicker
            skpId={editor.skp.id}
            data={atasan.data}
            loading={atasan.isPending}
            error={atasan.error}
            value={v.parentRhkId ?? null}
            onChange={(id) => set({ parentRhkId: id })}
            cascading={(v.cascading ?? 'TIDAK_LANGSUNG') as Cascading}
            onCascading={(c) => set({ cascading: c })}
            requiredError={showErrors && !v.parentRhkId ? t('skp.rhkForm.needParent') : undefined}
            onCopy={(p) =>
              set({
                teks: p.teks,
                iki: p.iki.map((i) => ({
                  aspek: i.aspek,
                  indikator: i.indikator,
                  targetNilai: angka(i.targetNilai),
                  targetSatuan: i.targetSatuan,
                  targetTeks: i.targetTeks,
                })),
              })
            }
          />
        )}
        {jpt && v.sumber === 'PK' && (
          <Select
            label={t('skp.rhkForm.pk')}
            placeholder={t('skp.rhkForm.pkPlaceholder')}
            data={pkData}
            value={v.pkIndikatorId ?? null}
            onChange={(x) => set({ pkIndikatorId: x })}
            searchable
            clearable
            nothingFoundMessage={t('skp.rhkForm.pkEmpty')}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <Textarea
          label={t('skp.rhkForm.teks')}
          description={t('skp.rhkForm.teksHelp')}
          value={v.teks}
          onChange={(e) => set({ teks: e.currentTarget.value })}
          autosize
          minRows={2}
          required
          error={showErrors && !v.teks.trim() ? t('common.required') : undefined}
        />
        {jpt && (
          <Group grow wrap="wrap" gap="xs">
            <Select
              label={t('skp.rhkForm.perspektif')}
              data={PERSPEKTIF.map((p) => ({ value: p, label: t(`skp.perspektif.${p}`) }))}
              value={v.perspektif ?? null}
              onChange={(x) => set({ perspektif: x as Perspektif | null })}
              clearable
              miw={180}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              label={t('skp.rhkForm.penugasanDari')}
              placeholder={t('skp.rhkForm.penugasanPlaceholder')}
              value={v.penugasanDari ?? ''}
              onChange={(e) => set({ penugasanDari: e.currentTarget.value })}
              miw={180}
            />
          </Group>
        )}
        {!jpt && v.sumber === 'PENUGASAN' && (
          <TextInput
            label={t('skp.rhkForm.penugasanDari')}
            value={v.penugasanDari ?? ''}
            onChange={(e) => set({ penugasanDari: e.currentTarget.value })}
          />
        )}
        <IkiFields
          rows={v.iki}
          onChange={(iki) => set({ iki })}
          pendekatan={editor.skp.pendekatan}
          showErrors={showErrors}
        />
        {!!error && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={editor.pending}>
            {t('skp.rhkForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RhkFormModal({
  editor,
  target,
  onClose,
}: {
  editor: SkpEditor;
  target: { rhk: Rhk | null; jenis: JenisRhk } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.rhk ? t('skp.rhkForm.titleEdit') : t('skp.rhkForm.titleAdd')}
      size="xl"
      fullScreen={!!narrow}
    >
      {target && <RhkForm editor={editor} rhk={target.rhk} jenis={target.jenis} onClose={onClose} />}
    </Modal>
  );
}
