// The demo business: where its customers are, what they buy, what they asked for, who it competes with.
// All money is USD minor units (cents): one currency keeps every metric a plain sum (no FX conversion).
// Data tables are kept one entry per line (biome-ignore format) so they read as tables.
import type { Plan } from "../../generated/enums.ts";
import type { Locale } from "../reference/locales.ts";
import type { NameLocale } from "./random.ts";
import { Weighted } from "./random.ts";

export interface Country {
  code: string;
  locale: Locale;
  names: NameLocale; // which faker writes the contact names (script)
  cities: Weighted<string>;
}

function country(code: string, locale: Locale, names: NameLocale, cities: [string, number][]): Country {
  return { code, locale, names, cities: new Weighted(cities) };
}

/** Countries with their share of customers; city names in English so BI tools can group on them. */
// biome-ignore format: a table
export const COUNTRIES = new Weighted<Country>([
  [country("IR", "fa", "fa", [["Tehran", 40], ["Mashhad", 12], ["Isfahan", 12], ["Shiraz", 10], ["Tabriz", 10], ["Karaj", 8], ["Ahvaz", 5], ["Qom", 3]]), 20],
  [country("SA", "ar", "ar", [["Riyadh", 45], ["Jeddah", 30], ["Dammam", 12], ["Medina", 7], ["Mecca", 6]]), 13],
  [country("AE", "ar", "ar", [["Dubai", 55], ["Abu Dhabi", 30], ["Sharjah", 15]]), 9],
  [country("EG", "ar", "ar", [["Cairo", 55], ["Alexandria", 25], ["Giza", 15], ["Mansoura", 5]]), 9],
  [country("RU", "ru", "ru", [["Moscow", 40], ["Saint Petersburg", 20], ["Novosibirsk", 8], ["Yekaterinburg", 8], ["Kazan", 8], ["Nizhny Novgorod", 6], ["Krasnodar", 5], ["Samara", 5]]), 14],
  [country("KZ", "ru", "ru", [["Almaty", 60], ["Astana", 40]]), 2],
  [country("TR", "tr", "tr", [["Istanbul", 45], ["Ankara", 20], ["Izmir", 15], ["Bursa", 8], ["Antalya", 7], ["Konya", 5]]), 14],
  [country("US", "en", "en", [["New York", 30], ["San Francisco", 20], ["Austin", 15], ["Chicago", 15], ["Seattle", 10], ["Boston", 10]]), 8],
  [country("DE", "en", "de", [["Berlin", 35], ["Munich", 25], ["Hamburg", 20], ["Frankfurt", 12], ["Cologne", 8]]), 6],
  [country("GB", "en", "en", [["London", 55], ["Manchester", 15], ["Birmingham", 12], ["Edinburgh", 10], ["Bristol", 8]]), 5],
]);

/** Industries; the product is specialised for the first three (vertical specialisation: +15% retention). */
// biome-ignore format: a table
export const INDUSTRIES = new Weighted<string>([
  ["Retail", 16], ["E-commerce", 14], ["Telecom", 6], ["Banking", 7], ["Insurance", 6], ["Healthcare", 8], ["Education", 8],
  ["Logistics", 7], ["Hospitality", 8], ["Manufacturing", 7], ["Software", 9], ["Media", 4],
]);
export const SPECIALISED_INDUSTRIES = new Set(["Retail", "E-commerce", "Telecom"]);

// biome-ignore format: a table
export const PLAN_MIX = new Weighted<Plan>([["STARTER", 40], ["GROWTH", 32], ["BUSINESS", 20], ["ENTERPRISE", 8]]);
/** The plan a downgrade moves to (a Starter customer buys fewer seats instead). */
export const PLAN_DOWN: Record<Plan, Plan> = { STARTER: "STARTER", GROWTH: "STARTER", BUSINESS: "GROWTH", ENTERPRISE: "BUSINESS" };
/** Seats and volume: a product costs its list price times this on each plan. */
export const PLAN_MULTIPLIER: Record<Plan, number> = { STARTER: 1, GROWTH: 2.5, BUSINESS: 6, ENTERPRISE: 18 };

export interface ProductSeed {
  code: string;
  name: string;
  category: string;
  priceMinor: number;
}

// biome-ignore format: a table
export const PRODUCTS: readonly ProductSeed[] = [
  { code: "CORE", name: "Customer Hub", category: "CRM", priceMinor: 4900 },
  { code: "ANALYTICS", name: "Retention Analytics", category: "Analytics", priceMinor: 2900 },
  { code: "CAMPAIGNS", name: "Campaigns & Email", category: "Marketing", priceMinor: 3900 },
  { code: "HELPDESK", name: "Helpdesk", category: "Support", priceMinor: 2500 },
  { code: "LOYALTY", name: "Loyalty Programme", category: "Marketing", priceMinor: 3500 },
  { code: "SURVEYS", name: "Surveys & NPS", category: "Feedback", priceMinor: 1900 },
  { code: "BILLING", name: "Billing Connector", category: "Payments", priceMinor: 1500 },
  { code: "API_PLUS", name: "API Plus", category: "Platform", priceMinor: 5900 },
  { code: "PREMIUM_SUPPORT", name: "Premium Support", category: "Services", priceMinor: 9900 },
];
/** The first product a customer buys (index into PRODUCTS). */
// biome-ignore format: a table
export const FIRST_PRODUCT = new Weighted<number>([[0, 60], [3, 12], [2, 10], [1, 8], [4, 6], [5, 4]]);

export interface FeatureSeed {
  title: string;
  description: string;
  /** Days before the anchor it shipped; null = not shipped (status REQUESTED or PLANNED). */
  shippedDaysAgo: number | null;
  planned?: boolean;
}

// biome-ignore format: a table
export const FEATURE_REQUESTS: readonly FeatureSeed[] = [
  { title: "Jalali and Hijri calendars in reports", description: "Reports and date pickers in the Solar Hijri and Islamic calendars.", shippedDaysAgo: 300 },
  { title: "WhatsApp channel", description: "Send campaigns and answer tickets over WhatsApp Business.", shippedDaysAgo: 190 },
  { title: "Telegram bot integration", description: "Reach customers and collect surveys through a Telegram bot.", shippedDaysAgo: 95 },
  { title: "Offline mobile app", description: "Work with customer records without a connection and sync later.", shippedDaysAgo: 40 },
  { title: "Multi-currency invoices", description: "Invoice each customer in their own currency.", shippedDaysAgo: 420 },
  { title: "Right-to-left email editor", description: "Compose Persian and Arabic emails with proper RTL layout.", shippedDaysAgo: 250 },
  { title: "SSO with SAML", description: "Single sign-on through the customer's identity provider.", shippedDaysAgo: 130 },
  { title: "Custom dashboards", description: "Build dashboards from any saved report.", shippedDaysAgo: 15 },
  { title: "Shopify connector", description: "Import orders and customers from Shopify stores.", shippedDaysAgo: null, planned: true },
  { title: "1C accounting sync", description: "Two-way sync with 1C:Enterprise accounting.", shippedDaysAgo: null, planned: true },
  { title: "e-Fatura integration", description: "Issue Turkish e-invoices (e-Fatura / e-Arşiv) directly.", shippedDaysAgo: null, planned: true },
  { title: "Advanced role permissions", description: "Field-level permissions per role.", shippedDaysAgo: null },
  { title: "AI churn explanations", description: "Plain-language explanations of each customer's risk.", shippedDaysAgo: null },
  { title: "Data residency in the region", description: "Host data in a data centre in the customer's country.", shippedDaysAgo: null },
];

// biome-ignore format: a table
export const COMPETITORS = new Weighted<string>([
  ["RetainHQ", 25], ["Stayflow", 20], ["LoyaltyCloud", 15], ["Keepwise", 12], ["ClientPulse", 10], ["Mizban CRM", 8], ["Bazaar Suite", 6], ["Sadakat360", 4],
]);

/** Demo segments. Static ones list members; dynamic ones hold a rule in the API's segment-rule tree (schema/src/segment-rule.ts). */
// biome-ignore format: a table
export const SEGMENTS = [
  { name: "Gulf key accounts", kind: "STATIC", description: "Business and Enterprise customers in Saudi Arabia and the UAE, managed by the key-account team.", rule: null },
  { name: "Win-back pilot 2026", kind: "STATIC", description: "Churned customers chosen for the 2026 win-back pilot.", rule: null },
  { name: "Loyalty programme members", kind: "STATIC", description: "Customers who joined the loyalty programme.", rule: null },
  { name: "At-risk enterprise", kind: "DYNAMIC", description: "Enterprise customers whose health score is below the at-risk threshold.", rule: { and: [{ plan: ["ENTERPRISE"] }, { healthScore: { max: 39 } }] } },
  { name: "Dissatisfied customers", kind: "DYNAMIC", description: "Customers whose latest survey or tickets say they are dissatisfied.", rule: { satisfaction: ["DISSATISFIED"] } },
  { name: "Iran and Turkey small business", kind: "DYNAMIC", description: "Starter and Growth customers in Iran and Turkey.", rule: { and: [{ country: ["IR", "TR"] }, { plan: ["STARTER", "GROWTH"] }] } },
] as const;
