// The churn-reason catalogue of DESIGN.md: each reason has a category, a mitigation owner (the team that
// must fix it), the churn types it can explain, and a name in every locale (exit-survey options use it).
import type { ChurnType, OwnerTeam, ReasonCategory } from "../../generated/client.ts";
import type { LocalizedText } from "./locales.ts";

export interface ChurnReasonSeed {
  code: string;
  category: ReasonCategory;
  ownerTeam: OwnerTeam;
  defaultChurnType: ChurnType;
  churnTypes: ChurnType[];
  requiresCompetitor?: boolean;
  requiresFeature?: boolean;
  description: string;
  label: LocalizedText;
}

// biome-ignore format: a table
export const CHURN_REASONS: ChurnReasonSeed[] = [
  {
    code: "WRONG_USE_CASE", category: "FIT", ownerTeam: "MARKETING_SALES", defaultChurnType: "VOLUNTARY", churnTypes: ["VOLUNTARY", "PASSIVE"],
    description: "The product was sold for a need it does not serve; fixed by better targeting and needs-based selling.",
    label: { en: "Not the right fit for our needs", fa: "مناسب نیازهای ما نبود", ar: "لا يناسب احتياجاتنا", ru: "Не подошёл под наши задачи", tr: "İhtiyaçlarımıza uygun değildi" },
  },
  {
    code: "FAILURE_TO_LAUNCH", category: "ONBOARDING", ownerTeam: "SALES_ONBOARDING", defaultChurnType: "PASSIVE", churnTypes: ["PASSIVE", "VOLUNTARY"],
    description: "The customer never got properly started; fixed by onboarding and training in the first weeks.",
    label: { en: "We never really got started", fa: "هیچ‌وقت واقعاً شروع به استفاده نکردیم", ar: "لم نبدأ الاستخدام فعلياً", ru: "Мы так и не начали пользоваться", tr: "Hiçbir zaman tam olarak başlayamadık" },
  },
  {
    code: "MISSING_FEATURES", category: "PRODUCT", ownerTeam: "PRODUCT_SUPPORT", defaultChurnType: "VOLUNTARY", churnTypes: ["VOLUNTARY", "COMPETITIVE", "REVENUE"], requiresFeature: true,
    description: "A feature or functionality the customer needs is missing; tell them when it ships.",
    label: { en: "Missing features or functionality", fa: "قابلیت‌های مورد نیاز وجود نداشت", ar: "ميزات أو وظائف ناقصة", ru: "Не хватает функций", tr: "Eksik özellikler veya işlevler" },
  },
  {
    code: "LOW_USAGE", category: "USAGE", ownerTeam: "SUPPORT_ONBOARDING", defaultChurnType: "PASSIVE", churnTypes: ["PASSIVE", "VOLUNTARY", "REVENUE"],
    description: "The customer used the product too little to keep paying for it; fixed by support and re-onboarding.",
    label: { en: "We did not use it enough", fa: "به اندازه کافی از آن استفاده نکردیم", ar: "لم نستخدمه بما يكفي", ru: "Мы почти не пользовались", tr: "Yeterince kullanmadık" },
  },
  {
    code: "ROI_VALUE", category: "VALUE", ownerTeam: "SUPPORT_METRICS_RELATIONSHIP", defaultChurnType: "VOLUNTARY", churnTypes: ["VOLUNTARY", "PASSIVE", "REVENUE"],
    description: "The customer did not see enough return on the money; fixed by showing success metrics and relationship management.",
    label: { en: "Not enough value for the money", fa: "ارزش کافی در برابر هزینه نداشت", ar: "القيمة لا تبرر التكلفة", ru: "Недостаточная ценность за эти деньги", tr: "Ödenen paraya değmedi" },
  },
  {
    code: "ORGANISATIONAL_CHANGE", category: "ORGANISATION", ownerTeam: "SUPPORT_RELATIONSHIP", defaultChurnType: "INVOLUNTARY", churnTypes: ["INVOLUNTARY", "VOLUNTARY", "REVENUE"],
    description: "A change at the customer (merger, closure, new management, relocation, illness) ended or shrank the relationship.",
    label: { en: "A change in our organisation", fa: "تغییری در سازمان ما رخ داد", ar: "تغيير في مؤسستنا", ru: "Изменения в нашей организации", tr: "Kuruluşumuzdaki bir değişiklik" },
  },
  {
    code: "PRICE", category: "PRICE", ownerTeam: "PRICING", defaultChurnType: "VOLUNTARY", churnTypes: ["VOLUNTARY", "COMPETITIVE", "REVENUE"],
    description: "The price is too high for the customer; win back with a loyalty bonus, discount or coupon.",
    label: { en: "It is too expensive", fa: "قیمت آن خیلی بالاست", ar: "السعر مرتفع جداً", ru: "Слишком дорого", tr: "Çok pahalı" },
  },
  {
    code: "POOR_SERVICE", category: "SERVICE", ownerTeam: "SUPPORT", defaultChurnType: "VOLUNTARY", churnTypes: ["VOLUNTARY", "COMPETITIVE"],
    description: "A bad support or service experience; call back and tell them what changed.",
    label: { en: "Poor service or support", fa: "خدمات یا پشتیبانی ضعیف", ar: "خدمة أو دعم سيئ", ru: "Плохой сервис или поддержка", tr: "Kötü hizmet veya destek" },
  },
  {
    code: "POOR_UX", category: "EXPERIENCE", ownerTeam: "PRODUCT_DESIGN", defaultChurnType: "VOLUNTARY", churnTypes: ["VOLUNTARY", "PASSIVE", "COMPETITIVE"],
    description: "The product is hard to use; fixed by design work and training.",
    label: { en: "Too hard to use", fa: "استفاده از آن سخت بود", ar: "صعب الاستخدام", ru: "Слишком сложно пользоваться", tr: "Kullanımı çok zor" },
  },
  {
    code: "PAYMENT_FAILURE", category: "PAYMENT", ownerTeam: "BILLING", defaultChurnType: "INVOLUNTARY", churnTypes: ["INVOLUNTARY"],
    description: "A payment failed (expired card, insufficient funds, billing error) and was not recovered.",
    label: { en: "A payment problem", fa: "مشکل در پرداخت", ar: "مشكلة في الدفع", ru: "Проблема с оплатой", tr: "Ödeme sorunu" },
  },
  {
    code: "COMPETITOR_OFFER", category: "COMPETITION", ownerTeam: "PRODUCT_MARKETING", defaultChurnType: "COMPETITIVE", churnTypes: ["COMPETITIVE"], requiresCompetitor: true,
    description: "A named competitor made a better offer (price, deal or features).",
    label: { en: "A competitor made a better offer", fa: "رقیب پیشنهاد بهتری داد", ar: "قدّم منافس عرضاً أفضل", ru: "Конкурент предложил лучшие условия", tr: "Bir rakip daha iyi bir teklif yaptı" },
  },
  {
    code: "NO_LOYALTY", category: "LOYALTY", ownerTeam: "CUSTOMER_SUCCESS", defaultChurnType: "PASSIVE", churnTypes: ["PASSIVE", "VOLUNTARY", "COMPETITIVE"],
    description: "Nothing gave the customer a reason to stay; fixed by loyalty programmes and regular contact.",
    label: { en: "No particular reason to stay", fa: "دلیل خاصی برای ماندن نداشتیم", ar: "لا يوجد سبب للبقاء", ru: "Не было причин оставаться", tr: "Kalmak için özel bir neden yoktu" },
  },
  {
    code: "DOWNGRADE_FEWER_PURCHASES", category: "USAGE", ownerTeam: "CUSTOMER_SUCCESS", defaultChurnType: "REVENUE", churnTypes: ["REVENUE"],
    description: "Still a customer, but moved to a cheaper plan or buys fewer products (revenue churn only).",
    label: { en: "We need less of it now", fa: "اکنون به مقدار کمتری نیاز داریم", ar: "نحتاج إلى قدر أقل الآن", ru: "Сейчас нам нужно меньше", tr: "Artık daha azına ihtiyacımız var" },
  },
];

/** Reason codes an exit survey offers (a departing customer does not answer "we need less of it"). */
export const EXIT_REASON_CODES = CHURN_REASONS.filter((r) => r.churnTypes.some((t) => t !== "REVENUE")).map((r) => r.code);
