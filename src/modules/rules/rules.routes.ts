/**
 * Public simulation API of the rule engine (issue 3): no login, rate-limited per client IP. Thin
 * wrappers over the pure functions in src/domain; every answer carries its explanation and citation.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { angkaKredit, progressToPromotion } from '../../domain/angka-kredit.ts';
import { isObjectionOnTime, objectionDeadline } from '../../domain/deadlines.ts';
import { allowedDistribution, checkDistribution } from '../../domain/distribution.ts';
import { eligibilityForPromotion } from '../../domain/eligibility.ts';
import { predikatFromRatings } from '../../domain/predikat.ts';
import { RuleError } from '../../domain/rule-error.ts';
import { RULE_SETS, selectRuleSet, selectRuleSets, type Topik } from '../../domain/rules/index.ts';
import { KUADRAN_PERMENPANRB_6_2022 } from '../../domain/rules/permenpanrb-6-2022.ts';
import { getTukinPreset, TUKIN_PRESETS } from '../../domain/rules/tukin-presets.ts';
import { kotakTalenta } from '../../domain/talent.ts';
import { computeTukin } from '../../domain/tukin.ts';
import type { Predikat } from '../../domain/types.ts';
import { AppError } from '../../http/errors.ts';
import {
  ZAngkaKreditRequest,
  ZAngkaKreditResponse,
  ZDistribusiRequest,
  ZDistribusiResponse,
  ZKalkulatorRequest,
  ZKalkulatorResponse,
  ZKelayakanRequest,
  ZKelayakanResponse,
  ZKotakTalentaRequest,
  ZKotakTalentaResponse,
  ZPredikatRequest,
  ZPredikatResponse,
  ZRulesList,
  ZRulesQuery,
  ZTenggatKeberatanRequest,
  ZTenggatKeberatanResponse,
  ZTukinRequest,
  ZTukinResponse,
} from './rules.schema.ts';

/** Requests per minute per client IP and route; the computations take microseconds (decision 0110). */
export const RULES_RATE_LIMIT = Number(process.env.KINERJA_RULES_RATE_LIMIT ?? 1_000);

const rateLimit = { rateLimit: { max: RULES_RATE_LIMIT, timeWindow: '1 minute' } };

/** Runs a domain rule; an invalid input becomes a 400 listing the field, like schema validation errors. */
function rule<T>(field: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof RuleError) {
      throw new AppError('VALIDATION.FAILED', [
        {
          field: `body.${(err.details.field as string | undefined) ?? field}`,
          message: err.pesan.en,
          pesan: err.pesan,
          code: err.code,
        },
      ]);
    }
    throw err;
  }
}

// Serialisable copies of the (readonly, frozen) domain data.
const RULE_SET_LIST = RULE_SETS.map((r) => ({ ...r, mengatur: [...r.mengatur], sumber: [...r.sumber] }));
const PRESET_LIST = TUKIN_PRESETS.map((p) => ({
  id: p.id,
  nama: p.nama,
  periodisitas: p.periodisitas,
  keyakinan: p.keyakinan,
  komponen: p.komponen.map((k) => ({ kode: k.kode, label: k.label, bobotPersen: k.bobotPersen, dasar: k.dasar })),
  sumber: p.sumber,
  catatan: p.catatan,
}));

export const rulesRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['aturan'];

  app.get(
    '/rules',
    {
      schema: {
        tags,
        summary: 'Daftar aturan dan sumbernya / rule sets and their sources',
        querystring: ZRulesQuery,
        response: { 200: ZRulesList },
      },
      config: rateLimit,
    },
    async (req) => {
      const tanggal = req.query.tanggal;
      const berlaku = tanggal
        ? {
            tanggal,
            topik: Object.fromEntries(
              Object.entries(rule('tanggal', () => selectRuleSets(tanggal))).map(([k, v]) => [k, v?.id ?? null]),
            ) as Record<Topik, string | null>,
          }
        : null;
      return { ruleSets: RULE_SET_LIST, berlaku, tukinPresets: PRESET_LIST };
    },
  );

  app.post(
    '/rules/predikat',
    {
      schema: {
        tags,
        summary: 'Predikat dari kuadran kinerja / predikat from the performance quadrant (PermenPANRB 6/2022)',
        body: ZPredikatRequest,
        response: { 200: ZPredikatResponse },
      },
      config: rateLimit,
    },
    async (req) => {
      const { ratingHasilKerja, ratingPerilaku, tanggal } = req.body;
      if (tanggal) {
        const ruleSet = rule('tanggal', () => selectRuleSet(tanggal));
        if (ruleSet.id !== KUADRAN_PERMENPANRB_6_2022.meta.id) {
          throw new AppError('VALIDATION.FAILED', [
            {
              field: 'body.tanggal',
              code: 'RULES.NOT_APPLICABLE',
              message: `Periods dated ${tanggal} were rated numerically under ${ruleSet.id}, not by the quadrant.`,
              pesan: {
                id: `Periode tanggal ${tanggal} dinilai secara numerik menurut ${ruleSet.id}, bukan dengan kuadran.`,
                en: `Periods dated ${tanggal} were rated numerically under ${ruleSet.id}, not by the quadrant.`,
              },
            },
          ]);
        }
      }
      return predikatFromRatings(ratingHasilKerja, ratingPerilaku);
    },
  );

  app.post(
    '/rules/distribusi',
    {
      schema: {
        tags,
        summary: 'Cek pola distribusi / check a distribution (SE MenPANRB 3/2023)',
        body: ZDistribusiRequest,
        response: { 200: ZDistribusiResponse },
      },
      config: rateLimit,
    },
    async (req) => {
      const { predikatOrganisasi, jumlah, pembulatan, sebagianBesar } = req.body;
      return checkDistribution(predikatOrganisasi, jumlah, { pembulatan, sebagianBesar });
    },
  );

  app.post(
    '/rules/distribusi/kalkulator',
    {
      schema: {
        tags,
        summary: 'Kalkulator distribusi: rentang per predikat untuk N pegawai / allowed ranges for N employees',
        body: ZKalkulatorRequest,
        response: { 200: ZKalkulatorResponse },
      },
      config: rateLimit,
    },
    async (req) => {
      const { predikatOrganisasi, n, pembulatan, sebagianBesar } = req.body;
      return allowedDistribution(predikatOrganisasi, n, { pembulatan, sebagianBesar });
    },
  );

  app.post(
    '/rules/angka-kredit',
    {
      schema: {
        tags,
        summary: 'Konversi predikat ke angka kredit / credit points (PermenPANRB 1/2023, Peraturan BKN 3/2023)',
        body: ZAngkaKreditRequest,
        response: { 200: ZAngkaKreditResponse },
      },
      config: rateLimit,
    },
    async (req) => {
      const { jenjang, predikat, bulan, golongan, kumulatifSebelumnya } = req.body;
      const result = rule('bulan', () => angkaKredit({ jenjang, predikat, bulan }));
      const progres =
        kumulatifSebelumnya === undefined
          ? null
          : rule('golongan', () =>
              progressToPromotion({ jenjang, golongan, cumulative: kumulatifSebelumnya + result.angkaKredit }),
            );
      return { ...result, progres };
    },
  );

  app.post(
    '/rules/kotak-talenta',
    {
      schema: {
        tags,
        summary: 'Kotak manajemen talenta / talent 9-box (PermenPANRB 3/2020)',
        body: ZKotakTalentaRequest,
        response: { 200: ZKotakTalentaResponse },
      },
      config: rateLimit,
    },
    async (req) => {
      const { label, rekomendasi, ...rest } = kotakTalenta(req.body.kinerja, req.body.potensi);
      return {
        ...rest,
        label: label.id,
        labelEn: label.en,
        rekomendasi: rekomendasi.map((r) => r.id),
        rekomendasiEn: rekomendasi.map((r) => r.en),
      };
    },
  );

  app.post(
    '/rules/tukin',
    {
      schema: {
        tags,
        summary: 'Simulasi tukin/TPP / allowance simulation (preset or custom policy)',
        body: ZTukinRequest,
        response: { 200: ZTukinResponse },
      },
      config: rateLimit,
    },
    async (req) => {
      const { presetId, policy, ...input } = req.body;
      const resolved = policy ?? rule('presetId', () => getTukinPreset(presetId as string));
      return rule('predikat', () => computeTukin(resolved, input));
    },
  );

  app.post(
    '/rules/tenggat-keberatan',
    {
      schema: {
        tags,
        summary: 'Batas waktu keberatan / objection deadline (PP 30/2019 Pasal 59)',
        body: ZTenggatKeberatanRequest,
        response: { 200: ZTenggatKeberatanResponse },
      },
      config: rateLimit,
    },
    async (req) => {
      const { tanggalDiterima, tanggalKeberatan, ...options } = req.body;
      if (tanggalKeberatan)
        return rule('tanggalKeberatan', () => isObjectionOnTime(tanggalDiterima, tanggalKeberatan, options));
      return { ...objectionDeadline(tanggalDiterima, options), tepatWaktu: null };
    },
  );

  app.post(
    '/rules/kelayakan',
    {
      schema: {
        tags,
        summary: 'Syarat kenaikan pangkat dan rencana suksesi / promotion and succession eligibility',
        body: ZKelayakanRequest,
        response: { 200: ZKelayakanResponse },
      },
      config: rateLimit,
    },
    async (req) => {
      const byYear: Record<number, Predikat | null> = {};
      for (const [year, predikat] of Object.entries(req.body.predikatPerTahun)) byYear[Number(year)] = predikat;
      return eligibilityForPromotion(byYear, req.body.tahun);
    },
  );
};
