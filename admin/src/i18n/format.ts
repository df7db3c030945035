// Locale-aware formatting with Intl: money from integer minor units, country names. Formatters are cached.
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** Digits after the decimal point of a currency's minor unit (2 for USD, 0 for JPY and IRR, 3 for KWD). */
export const minorUnitDigits = (currency: string): number =>
  numberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** 123456 minor units of USD → "$1,234.56" in en, "۱٬۲۳۴٫۵۶ US$" in fa. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  try {
    return numberFormat(locale, { style: "currency", currency }).format(minor / 10 ** minorUnitDigits(currency));
  } catch {
    return `${numberFormat(locale, {}).format(minor / 100)} ${currency}`; // not an ISO 4217 code
  }
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** "DE" → "Germany" / "آلمان" / "Германия"; unknown codes come back as they are. */
export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames(locale, { type: "region", fallback: "code" });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
