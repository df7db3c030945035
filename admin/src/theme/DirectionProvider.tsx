// Puts the emotion cache of the current language's direction above the whole console.
import { CacheProvider } from "@emotion/react";
import type { ReactNode } from "react";
import { type Direction, directionCache } from "./emotionCaches.ts";

export function DirectionProvider({ direction, children }: { direction: Direction; children: ReactNode }) {
  return <CacheProvider value={directionCache(direction)}>{children}</CacheProvider>;
}
