// A full-page centred box for the public survey's spinners (kept apart so the route's entry stays tiny).
import { Box } from "@mui/material";
import type { ReactNode } from "react";

export function Centered({ children }: { children: ReactNode }) {
  return <Box sx={{ minHeight: "100vh", display: "flex", alignItems: "center", justifyContent: "center" }}>{children}</Box>;
}
