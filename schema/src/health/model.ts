// The health model the scorer runs: a HealthModel row's weights and thresholds, checked and completed.
// A threshold a stored version does not name falls back to v1's (DEFAULT_HEALTH_THRESHOLDS); ticketBand's
// zeroPerMonth (the rate at which "too many tickets" takes the whole weight) defaults to twice a given highPerMonth.
import type { Prisma, PrismaClient } from "@churnstile/prisma";
import { DEFAULT_HEALTH_THRESHOLDS, HEALTH_FACTORS, type HealthFactor, HealthWeights } from "@churnstile/prisma/reference-data";
import { z } from "zod";
import { badInput } from "../errors.ts";

type Db = Pick<PrismaClient, "healthModel"> | Prisma.TransactionClient;

const StoredThresholds = z.partialRecord(z.enum(HEALTH_FACTORS), z.record(z.string(), z.number()));

/** Window lengths must be positive whole numbers (they become SQL intervals). */
const WINDOWS = ["goodDays", "badDays", "recentMonths", "baselineMonths", "windowDays", "windowMonths", "minTenureDays"];

export interface ScoringModel {
  version: number;
  atRiskBelow: number;
  weights: Record<HealthFactor, number>;
  thresholds: Record<HealthFactor, Record<string, number>>;
}

/** Weights and thresholds as the scorer needs them; errors name the offending `thresholds.factor.key`. */
export function scoringModel(row: { version: number; atRiskBelow: number; weights: unknown; thresholds: unknown }): ScoringModel {
  const weights = HealthWeights.parse(row.weights) as Record<HealthFactor, number>;
  const stored = StoredThresholds.parse(row.thresholds ?? {});
  const thresholds = {} as Record<HealthFactor, Record<string, number>>;
  for (const f of HEALTH_FACTORS) {
    const t = { ...DEFAULT_HEALTH_THRESHOLDS[f], ...(stored[f] ?? {}) };
    if (f === "ticketBand" && stored.ticketBand?.highPerMonth !== undefined && stored.ticketBand.zeroPerMonth === undefined)
      t.zeroPerMonth = 2 * t.highPerMonth;
    for (const [k, v] of Object.entries(t)) {
      if (WINDOWS.includes(k) && (!Number.isInteger(v) || v < 1 || v > 3660))
        throw badInput(`thresholds.${f}.${k}`, "must be a whole number from 1 to 3660");
    }
    thresholds[f] = t;
  }
  const band = thresholds.ticketBand;
  if (!(band.lowPerMonth <= band.highPerMonth && band.highPerMonth < band.zeroPerMonth))
    throw badInput("thresholds.ticketBand", "needs lowPerMonth ≤ highPerMonth < zeroPerMonth");
  return { version: row.version, atRiskBelow: row.atRiskBelow, weights, thresholds };
}

/** The active model, or a given version; null when there is none (no reference data yet). */
export async function loadScoringModel(db: Db, version?: number | null): Promise<ScoringModel | null> {
  const row = await db.healthModel.findFirst({
    where: version != null ? { version } : { active: true },
    orderBy: { version: "desc" },
    select: { version: true, atRiskBelow: true, weights: true, thresholds: true },
  });
  if (!row && version != null) throw badInput("modelVersion", `health model version ${version} does not exist`);
  return row ? scoringModel(row) : null;
}
