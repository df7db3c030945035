// Short texts the demo rows carry: ticket subjects, interaction summaries, churn notes, survey comments
// in each customer's language, and company-name patterns per script.
import type { TicketKind } from "../../generated/enums.ts";
import type { Locale } from "../reference/locales.ts";
import type { NameLocale, Rng } from "./random.ts";

export const TICKET_TOPICS = [
  "login",
  "billing",
  "integration",
  "performance",
  "reporting",
  "onboarding",
  "data-import",
  "mobile-app",
  "email-delivery",
  "permissions",
] as const;

const SUBJECTS: Record<TicketKind, string[]> = {
  QUESTION: [
    "How do I set up {topic}?",
    "Question about {topic}",
    "Where can I find the {topic} settings?",
    "Can you explain how {topic} works?",
  ],
  INCIDENT: [
    "{topic} is not working",
    "Error in {topic} since this morning",
    "{topic} fails intermittently",
    "Urgent: {topic} is down for our team",
  ],
  COMPLAINT: [
    "Still waiting for an answer about {topic}",
    "Very unhappy with {topic}",
    "Third time reporting the {topic} problem",
    "This {topic} issue is costing us customers",
  ],
  FEATURE_REQUEST: ["Please add {topic} options", "Request: better {topic}", "Would love an improvement to {topic}"],
  BILLING: ["Invoice question", "Charged twice this month", "Change of payment card", "Request for a refund", "VAT number on invoices"],
};

export function ticketSubject(rng: Rng, kind: TicketKind, topic: string): string {
  return rng.pick(SUBJECTS[kind]).replace("{topic}", topic.replace("-", " "));
}

export const INTERACTION_SUMMARIES = {
  CALL: [
    "Quarterly check-in call",
    "Walked through the new reports",
    "Discussed renewal and pricing",
    "Follow-up on an open ticket",
    "Introduced the loyalty programme",
  ],
  EMAIL: ["Sent the onboarding guide", "Shared release notes", "Answered a question about invoices", "Sent a usage summary for last month"],
  MEETING: [
    "Business review with the management team",
    "Onboarding workshop",
    "Product demo for a new department",
    "Planning session for next quarter",
  ],
  CHAT: ["Helped configure an integration", "Quick question about exports", "Explained user permissions", "Pointed to the training videos"],
} as const;

export const DECLINE_SUMMARIES = [
  "No answer to our call",
  "Left a voicemail, no reply",
  "Customer asked to postpone the review",
  "Customer mentioned budget cuts",
  "Customer says the team barely uses it",
];

export const CHURN_NOTES = [
  "Customer confirmed by phone.",
  "Decision made by the new management.",
  "Asked for data export before leaving.",
  "Mentioned they may come back next year.",
  "Budget frozen for the rest of the year.",
  "Contract not renewed; no reply to reminders.",
];

export const SURVEY_COMMENTS: Record<Locale, string[]> = {
  en: [
    "The support team was slow to answer.",
    "Good product, but too expensive for a small team.",
    "We needed features you do not have yet.",
    "Our company changed direction.",
    "We simply stopped using it.",
  ],
  fa: [
    "پاسخ‌گویی پشتیبانی کند بود.",
    "محصول خوبی است اما برای تیم کوچک ما گران است.",
    "به قابلیت‌هایی نیاز داشتیم که هنوز ندارید.",
    "مسیر شرکت ما تغییر کرد.",
    "به سادگی دیگر از آن استفاده نمی‌کردیم.",
  ],
  ar: [
    "كان فريق الدعم بطيئاً في الرد.",
    "منتج جيد لكنه مكلف لفريق صغير.",
    "احتجنا إلى ميزات غير متوفرة لديكم بعد.",
    "تغيّر توجه شركتنا.",
    "ببساطة توقفنا عن استخدامه.",
  ],
  ru: [
    "Поддержка отвечала слишком медленно.",
    "Хороший продукт, но дорогой для небольшой команды.",
    "Нам нужны были функции, которых у вас пока нет.",
    "Наша компания сменила направление.",
    "Мы просто перестали им пользоваться.",
  ],
  tr: [
    "Destek ekibi yanıt vermekte yavaştı.",
    "İyi bir ürün ama küçük bir ekip için pahalı.",
    "Henüz sunmadığınız özelliklere ihtiyacımız vardı.",
    "Şirketimiz yön değiştirdi.",
    "Sadece kullanmayı bıraktık.",
  ],
};

/** A company name in the customer's script (faker's own patterns read oddly for some locales). */
export function companyName(rng: Rng, names: NameLocale): string {
  switch (names) {
    case "fa":
      return `${rng.pick(["شرکت", "گروه", "بازرگانی", "صنایع"])} ${rng.personName(names, "last_name", "male")}`;
    case "ar":
      return `${rng.pick(["شركة", "مؤسسة", "مجموعة"])} ${rng.personName(names, "last_name", "male")}${rng.pick(["", " للتجارة", " القابضة"])}`;
    case "ru":
      return `${rng.pick(["ООО", "АО"])} «${rng.personName(names, "last_name", "male")}${rng.pick(["", " Групп", " Трейд", " Сервис"])}»`;
    case "tr":
      return `${rng.personName(names, "last_name", "male")} ${rng.pick(["A.Ş.", "Ltd. Şti.", "Holding", "Ticaret"])}`;
    default:
      return rng.faker[names].company.name();
  }
}
