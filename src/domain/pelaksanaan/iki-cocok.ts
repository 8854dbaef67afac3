/**
 * Which stored IKI an edited RHK's new IKI list continues (issue 10: "realisasi must not be
 * orphaned"). Saving an RHK sends its whole IKI list; without this, every save — a typo fixed during
 * a perubahan SKP — would give the IKI new ids and cut them off from their realisasi and evidence.
 *
 * A new IKI continues a stored one when (1) its indicator text is the same (it may have moved), else
 * (2) it takes the place of a stored IKI of the same aspect that no longer appears (its text was
 * edited), in order. Anything else is a new IKI; a stored IKI nobody continues was removed.
 */
export function cocokkanIki(
  lama: ReadonlyArray<{ id: string; aspek: string; indikator: string }>,
  baru: ReadonlyArray<{ aspek: string; indikator: string }>,
): Array<string | null> {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const used = new Set<string>();
  const result: Array<string | null> = baru.map((b) => {
    const same = lama.find((l) => !used.has(l.id) && norm(l.indikator) === norm(b.indikator));
    if (!same) return null;
    used.add(same.id);
    return same.id;
  });
  // Second pass only over stored IKI whose text no longer appears in the new list at all.
  const newTexts = new Set(baru.map((b) => norm(b.indikator)));
  return result.map((id, i) => {
    if (id) return id;
    const edited = lama.find((l) => !used.has(l.id) && l.aspek === baru[i].aspek && !newTexts.has(norm(l.indikator)));
    if (!edited) return null;
    used.add(edited.id);
    return edited.id;
  });
}
