// Chart axes that follow the writing direction: in Persian and Arabic time runs right to left and the value axis
// sits on the right, as readers of those languages expect.
import { useTheme } from "@mui/material";

export function useDirectionalAxes() {
  const theme = useTheme();
  const rtl = theme.direction === "rtl";
  return {
    rtl,
    /** Tick text laid out right to left in RTL (charts draw in a left-to-right box): "۱۰ آبان ۰۵", "۰–۱". */
    bidi: (text: string) => (rtl ? `\u202B${text}\u202C` : text),
    /** For the axis along which categories or time run. */
    categoryAxis: { reversed: rtl },
    /** For the value axis of a vertical chart. */
    valueAxis: { orientation: rtl ? ("right" as const) : ("left" as const) },
    text: theme.palette.text.secondary,
    grid: theme.palette.divider,
    tooltip: {
      contentStyle: { background: theme.palette.background.paper, borderColor: theme.palette.divider, direction: theme.direction },
      labelStyle: { color: theme.palette.text.primary },
    },
  };
}
