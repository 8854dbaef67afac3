/**
 * The list of module route plugins. Each module exposes one encapsulated Fastify plugin from its
 * index.ts; add new modules here.
 */
import type { FastifyInstance } from 'fastify';
import { akunRoutes } from '../modules/akun/index.ts';
import { auditRoutes } from '../modules/audit/index.ts';
import { authRoutes } from '../modules/auth/index.ts';
import { berandaRoutes } from '../modules/beranda/index.ts';
import { buktiRoutes } from '../modules/bukti/index.ts';
import { dialogRoutes } from '../modules/dialog/index.ts';
import { dokumenRoutes } from '../modules/dokumen/index.ts';
import { dokumenEvaluasiRoutes } from '../modules/dokumen-evaluasi/index.ts';
import { evaluasiRoutes } from '../modules/evaluasi/index.ts';
import { hasilRoutes } from '../modules/evaluasi-hasil/index.ts';
import { exchangeRoutes } from '../modules/exchange/index.ts';
import { jobsRoutes } from '../modules/jobs/index.ts';
import { kalibrasiRoutes } from '../modules/kalibrasi/index.ts';
import { keberatanRoutes } from '../modules/keberatan/index.ts';
import { masukan360Routes } from '../modules/masukan360/index.ts';
import { monitoringRoutes } from '../modules/monitoring/index.ts';
import { notifikasiRoutes } from '../modules/notifikasi/index.ts';
import { orgRoutes } from '../modules/org/index.ts';
import { pelaksanaanRoutes } from '../modules/pelaksanaan/index.ts';
import { pengaturanRoutes } from '../modules/pengaturan/index.ts';
import { pohonRoutes } from '../modules/pohon/index.ts';
import { rulesRoutes } from '../modules/rules/index.ts';
import { skpRoutes } from '../modules/skp/index.ts';
import { umpanBalikRoutes } from '../modules/umpan-balik/index.ts';

export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await app.register(authRoutes, { prefix: '/api' });
  await app.register(orgRoutes, { prefix: '/api' });
  await app.register(auditRoutes, { prefix: '/api' });
  await app.register(akunRoutes, { prefix: '/api' });
  await app.register(exchangeRoutes, { prefix: '/api' });
  await app.register(monitoringRoutes, { prefix: '/api' });
  await app.register(pohonRoutes, { prefix: '/api' });
  await app.register(dokumenRoutes, { prefix: '/api' });
  await app.register(jobsRoutes, { prefix: '/api' });
  await app.register(skpRoutes, { prefix: '/api' });
  await app.register(notifikasiRoutes, { prefix: '/api' });
  await app.register(pengaturanRoutes, { prefix: '/api' });
  await app.register(rulesRoutes, { prefix: '/api' });
  await app.register(berandaRoutes, { prefix: '/api' });
  await app.register(pelaksanaanRoutes, { prefix: '/api' });
  await app.register(buktiRoutes, { prefix: '/api' });
  await app.register(umpanBalikRoutes, { prefix: '/api' });
  await app.register(masukan360Routes, { prefix: '/api' });
  await app.register(dialogRoutes, { prefix: '/api' });
  await app.register(keberatanRoutes, { prefix: '/api' });
  await app.register(kalibrasiRoutes, { prefix: '/api' });
  await app.register(dokumenEvaluasiRoutes, { prefix: '/api' });
  await app.register(hasilRoutes, { prefix: '/api' });
  await app.register(evaluasiRoutes, { prefix: '/api' });
}
