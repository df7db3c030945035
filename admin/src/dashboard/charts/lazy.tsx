// The charts are a separate chunk with recharts: the cards and their queries start before it arrives.
import { Skeleton } from "@mui/material";
import { lazy, type ReactNode, Suspense } from "react";

export const ChurnByTypeChart = lazy(() => import("./ChurnByTypeChart.tsx"));
export const ReasonsByTeamChart = lazy(() => import("./ReasonsByTeamChart.tsx"));
export const TicketBandsChart = lazy(() => import("./TicketBandsChart.tsx"));

export function ChartSuspense({ height, children }: { height: number; children: ReactNode }) {
  return <Suspense fallback={<Skeleton variant="rounded" height={height} />}>{children}</Suspense>;
}
