// One select can stand for a range: a console filter `xRange: "min-max"` becomes the API's `xMin` and `xMax`
// (a health band → healthScoreMin/healthScoreMax). Either end may be empty: "-39", "40-".
export function expandRangeFilters(filter: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!filter) return filter;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    const match = /^(.+)Range$/.exec(key);
    if (!match || typeof value !== "string") {
      out[key] = value;
      continue;
    }
    const [min, max] = value.split("-");
    if (min) out[`${match[1]}Min`] = Number(min);
    if (max) out[`${match[1]}Max`] = Number(max);
  }
  return out;
}
