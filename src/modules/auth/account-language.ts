/**
 * The account's language: what the person last chose in the web app. It is what they are written
 * to in outside a request — emails about their notifications (notifikasi.repository.ts `bahasaOf`); in a
 * request the request's own language (src/http/lang.ts) wins.
 */
import type { Database } from '../../db/client.ts';
import type { Lang } from '../../http/errors.ts';
import { type Actor, actorLabel } from '../access/index.ts';
import { writeAudit } from '../audit/index.ts';
import * as repo from './auth.repository.ts';

/** Records the caller's language; a choice equal to the stored one writes nothing. */
export async function setAccountLanguage(database: Database, actor: Actor, bahasa: Lang): Promise<void> {
  await database.db.transaction(async (tx) => {
    const before = await repo.setBahasa(tx, actor.akunId, bahasa);
    if (before === null || before === bahasa) return;
    await writeAudit(tx, {
      instansiId: actor.instansiId,
      akunId: actor.akunId,
      actorLabel: actorLabel(actor),
      action: 'akun.bahasa',
      entity: 'akun',
      entityId: actor.akunId,
      before: { bahasa: before },
      after: { bahasa },
    });
  });
}
