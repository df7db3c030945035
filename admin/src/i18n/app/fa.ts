// Our own messages in Persian.
import type { AppMessages } from "./en.ts";

const fa: AppMessages = {
  churnstile: {
    auth: {
      invalid_credentials: "ایمیل یا رمز عبور اشتباه است.",
      bad_input: "یک نشانی ایمیل معتبر و رمز عبور وارد کنید.",
      unavailable: "دسترسی به سرور ممکن نیست. لحظه‌ای دیگر دوباره تلاش کنید.",
    },
  },
  resources: {
    Customer: {
      name: "مشتری |||| مشتریان",
      fields: {
        id: "شناسه",
        name: "نام",
        company: "شرکت",
        country: "کشور",
        plan: "طرح",
        status: "وضعیت",
        mrrMinor: "درآمد ماهانه (MRR)",
        healthScore: "امتیاز سلامت",
        signedUpAt: "تاریخ ثبت‌نام",
        lastInteractionAt: "آخرین تماس",
        q: "جستجو",
      },
    },
    ChurnEvent: {
      name: "رویداد ریزش |||| رویدادهای ریزش",
      fields: {
        id: "شناسه",
        customer: "مشتری",
        type: "نوع ریزش",
        primaryReason: "دلیل",
        effectiveAt: "تاریخ اثر",
        mrrLostMinor: "MRR از دست رفته",
        source: "منبع",
        preventable: "قابل پیشگیری",
      },
    },
    ChurnReason: {
      name: "دلیل ریزش |||| دلایل ریزش",
      fields: {
        id: "شناسه",
        code: "دلیل",
        category: "دسته",
        ownerTeam: "تیم مسئول",
        defaultChurnType: "نوع ریزش معمول",
        churnTypes: "انواع ریزش",
        active: "فعال",
      },
    },
    Ticket: {
      name: "تیکت |||| تیکت‌ها",
      fields: {
        id: "شناسه",
        subject: "موضوع",
        customer: "مشتری",
        kind: "نوع",
        channel: "کانال",
        status: "وضعیت",
        priority: "اولویت",
        openedAt: "تاریخ ایجاد",
        csat: "رضایت (CSAT)",
        q: "جستجو",
      },
    },
    RetentionAction: {
      name: "اقدام حفظ مشتری |||| اقدامات حفظ مشتری",
      fields: {
        id: "شناسه",
        kind: "اقدام",
        customer: "مشتری",
        status: "وضعیت",
        trigger: "محرک",
        dueAt: "سررسید",
        assignee: "مسئول",
        outcome: "نتیجه",
      },
    },
  },
};

export default fa;
