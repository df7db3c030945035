// Wraps a chart in a left-to-right box even in Persian and Arabic: recharts places tick labels with text-anchor,
// which an inherited direction: rtl would mirror into the bars. (A dir attribute, not a style: the emotion RTL
// plugin would flip a CSS direction.) Text inside still reads right to left; useDirectionalAxes mirrors the axes,
// and the legend and tooltip set the page's direction again.
import type { ReactNode } from "react";

export function ChartBox({ children }: { children: ReactNode }) {
  return <div dir="ltr">{children}</div>;
}
