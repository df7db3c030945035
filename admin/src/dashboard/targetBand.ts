// The healthy logo-churn band (AppSetting churnTargetBand, annual percentages) and its monthly equivalent.
// Only administrators may read settings, so other roles see the documented default band.
import { usePermissions } from "react-admin";
import { TARGET_BAND, type TargetBandData } from "./queries.ts";
import { useMetric } from "./useMetric.ts";

export const DEFAULT_BAND = { minAnnualPct: 5, maxAnnualPct: 7 };

export interface TargetBand {
  /** Annual rates as fractions (0.05–0.07). */
  minAnnual: number;
  maxAnnual: number;
  /** The same band a month: 1 − (1 − annual)^(1/12), so twelve months at the monthly rate make the annual one. */
  minMonthly: number;
  maxMonthly: number;
}

const monthly = (annual: number) => 1 - (1 - annual) ** (1 / 12);

export function bandOf(value: { minAnnualPct?: number; maxAnnualPct?: number } | null | undefined): TargetBand {
  const min = (value?.minAnnualPct ?? DEFAULT_BAND.minAnnualPct) / 100;
  const max = (value?.maxAnnualPct ?? DEFAULT_BAND.maxAnnualPct) / 100;
  return { minAnnual: min, maxAnnual: max, minMonthly: monthly(min), maxMonthly: monthly(max) };
}

export type BandVerdict = "below" | "within" | "above";

export const verdictOf = (rate: number, band: TargetBand): BandVerdict =>
  rate < band.minMonthly ? "below" : rate <= band.maxMonthly ? "within" : "above";

/** The band, or undefined while an administrator's setting is loading. */
export function useTargetBand(): TargetBand | undefined {
  const { permissions, isPending } = usePermissions();
  const isAdmin = !isPending && permissions === "ADMIN";
  const setting = useMetric<TargetBandData>("targetBand", TARGET_BAND, {}, { enabled: isAdmin });
  if (isPending) return undefined;
  if (!isAdmin) return bandOf(undefined);
  if (setting.status === "loading") return undefined;
  return bandOf(setting.status === "ready" ? setting.data.AppSetting?.value : undefined);
}
