// Rules shared by several inputs, each with a message that says what to send instead.
import { z } from "zod";

export const LOCALES = ["en", "fa", "ar", "ru", "tr"] as const;
export const locale = z.enum(LOCALES, { message: `must be one of ${LOCALES.join(", ")}` });
export const country = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, "must be a two-letter ISO 3166-1 country code, e.g. TR")
  .transform((s) => s.toUpperCase());
export const currency = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, "must be a three-letter ISO 4217 currency code, e.g. USD")
  .transform((s) => s.toUpperCase());
export const email = z.string().trim().toLowerCase().email("must be an e-mail address");
export const name = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");
export const text = (max = 2000) => z.string().trim().max(max, `must be at most ${max} characters`);
export const minorUnits = z
  .number()
  .int("must be whole minor units (cents)")
  .min(0, "must not be negative")
  .max(2_000_000_000, "is too large");
export const idString = z.string().regex(/^[1-9]\d{0,9}$/, "must be an id");
