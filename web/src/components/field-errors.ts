/**
 * Field messages of an API error, keyed by the request body's top-level field, so a form can show
 * them under its inputs: validation details `[{ field: 'body.nama', message }]` (zod or a service
 * rule) and a duplicate `{ field: 'kode' }` (CONFLICT.DUPLICATE, shown with the error's own message).
 * Pure (no i18n import): the caller passes how to pick a bilingual message, normally `pickText`.
 */

type Bilingual = { id: string; en: string };
type Detail = { field?: string; message?: string | Bilingual };

function bodyField(field: string): string {
  return field.replace(/^body\./, '').split('.')[0];
}

export function fieldErrorsOf(error: unknown, pick: (message: Bilingual) => string): Record<string, string> {
  const details = (error as { details?: unknown } | null)?.details;
  if (!details) return {};
  const fallback = String((error as { message?: unknown }).message ?? '');
  const out: Record<string, string> = {};
  if (Array.isArray(details)) {
    for (const d of details as Detail[]) {
      if (!d?.field?.startsWith('body.')) continue;
      const message = typeof d.message === 'string' ? d.message : d.message ? pick(d.message) : fallback;
      out[bodyField(d.field)] ??= message;
    }
  } else if (typeof (details as Detail).field === 'string') {
    out[bodyField((details as { field: string }).field)] = fallback;
  }
  return out;
}

/**
 * Whether the error's own message already stands under an input (a NIP problem, a duplicate): the
 * form then needs no alert repeating it.
 */
export function isShownInFields(error: unknown, fieldErrors: Record<string, string>): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && Object.values(fieldErrors).includes(message);
}
