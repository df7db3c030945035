// Numbers, percentages, money and month labels for the dashboard, in the current language (Persian digits and
// calendar in fa, Arabic digits in ar). Formatters are built once per language.
import { useMemo } from "react";
import { useIntlLocale } from "../fields/useIntlLocale.ts";

/** The metrics add up integer minor units of one currency: the demo data and the seed use USD throughout. */
export const REPORTING_CURRENCY = "USD";

export interface Formatters {
  intl: string;
  number: (value: number) => string;
  /** 0.0193 → "1.9%"; below 1% two decimals (0.43%), so monthly target bands stay readable. */
  percent: (rate: number | null | undefined) => string;
  /** Minor units → "$12.3K" (compact) for cards and axes. */
  moneyCompact: (minor: number) => string;
  /** Minor units → "$12,345.67". */
  money: (minor: number) => string;
  /** A period's first instant → "Nov 26" (Persian: the day too, its calendar's months do not match the UTC months). */
  month: (iso: string) => string;
  /** A period's first instant → "November 2026". */
  monthLong: (iso: string) => string;
}

export function createFormatters(intl: string): Formatters {
  const integer = new Intl.NumberFormat(intl, { maximumFractionDigits: 1 });
  const pct1 = new Intl.NumberFormat(intl, { style: "percent", maximumFractionDigits: 1 });
  const pct2 = new Intl.NumberFormat(intl, { style: "percent", maximumFractionDigits: 2 });
  const currency = { style: "currency", currency: REPORTING_CURRENCY } as const;
  const compact = new Intl.NumberFormat(intl, { ...currency, notation: "compact", maximumFractionDigits: 1 });
  const full = new Intl.NumberFormat(intl, currency);
  const gregorian = new Intl.DateTimeFormat(intl).resolvedOptions().calendar === "gregory";
  const monthShort = new Intl.DateTimeFormat(intl, {
    timeZone: "UTC",
    month: "short",
    year: "2-digit",
    ...(gregorian ? {} : { day: "numeric" }),
  });
  const monthLong = new Intl.DateTimeFormat(intl, {
    timeZone: "UTC",
    month: "long",
    year: "numeric",
    ...(gregorian ? {} : { day: "numeric" }),
  });
  return {
    intl,
    number: (value) => integer.format(value),
    percent: (rate) => (rate == null ? "–" : (Math.abs(rate) < 0.01 && rate !== 0 ? pct2 : pct1).format(rate)),
    moneyCompact: (minor) => compact.format(minor / 100),
    money: (minor) => full.format(minor / 100),
    month: (iso) => monthShort.format(new Date(iso)),
    monthLong: (iso) => monthLong.format(new Date(iso)),
  };
}

/** The formatters of the current language. */
export function useFormatters(): Formatters {
  const intl = useIntlLocale();
  return useMemo(() => createFormatters(intl), [intl]);
}
