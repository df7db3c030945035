// One emotion cache per writing direction. The right-to-left one flips every style with stylis-plugin-rtl;
// it (and cssjanus under it) loads only when a right-to-left language is first chosen.
import createCache, { type EmotionCache } from "@emotion/cache";

export type Direction = "ltr" | "rtl";

const caches: Partial<Record<Direction, EmotionCache>> = { ltr: createCache({ key: "mui" }) };

export async function loadDirectionCache(direction: Direction): Promise<EmotionCache> {
  const loaded = caches[direction];
  if (loaded) return loaded;
  const { createRtlCache } = await import("./rtlCache.ts");
  const cache = createRtlCache();
  caches[direction] = cache;
  return cache;
}

/** The cache for a direction, once loadDirectionCache has resolved for it (falls back to left-to-right). */
export const directionCache = (direction: Direction): EmotionCache => caches[direction] ?? (caches.ltr as EmotionCache);
