// Health bands from the active health model: "at risk" below its atRiskBelow threshold, "healthy" from it up.
import { useGetList } from "react-admin";

export const DEFAULT_AT_RISK_BELOW = 40;

export function useAtRiskBelow(): number {
  const { data } = useGetList(
    "HealthModel",
    {
      filter: { active: true },
      pagination: { page: 1, perPage: 1 },
      sort: { field: "id", order: "DESC" },
      meta: { sparseFields: ["id", "atRiskBelow"] },
    },
    { staleTime: 10 * 60_000 },
  );
  return (data?.[0]?.atRiskBelow as number | undefined) ?? DEFAULT_AT_RISK_BELOW;
}

/** Choices for a `healthScoreRange` filter (see data/rangeFilters.ts). */
export function useHealthBandChoices() {
  const atRiskBelow = useAtRiskBelow();
  return [
    { id: `0-${atRiskBelow - 1}`, name: "enums.HealthBand.AT_RISK" },
    { id: `${atRiskBelow}-100`, name: "enums.HealthBand.HEALTHY" },
  ];
}
