// Our own messages in Arabic.
import { arabicName } from "../plural.ts";
import type { AppMessages } from "./en.ts";

const ar: AppMessages = {
  churnstile: {
    auth: {
      invalid_credentials: "البريد الإلكتروني أو كلمة المرور غير صحيحة.",
      bad_input: "أدخل عنوان بريد إلكتروني صالحاً وكلمة مرور.",
      unavailable: "تعذّر الوصول إلى الخادم. حاول مرة أخرى بعد قليل.",
    },
  },
  resources: {
    Customer: {
      name: arabicName("عميل", "عملاء"),
      fields: {
        id: "المعرّف",
        name: "الاسم",
        company: "الشركة",
        country: "البلد",
        plan: "الخطة",
        status: "الحالة",
        mrrMinor: "الإيراد الشهري المتكرر",
        healthScore: "مؤشر الصحة",
        signedUpAt: "تاريخ التسجيل",
        lastInteractionAt: "آخر تواصل",
        q: "بحث",
      },
    },
    ChurnEvent: {
      name: arabicName("حدث تسرّب", "أحداث تسرّب"),
      fields: {
        id: "المعرّف",
        customer: "العميل",
        type: "نوع التسرّب",
        primaryReason: "السبب",
        effectiveAt: "تاريخ السريان",
        mrrLostMinor: "الإيراد الشهري المفقود",
        source: "المصدر",
        preventable: "قابل للتفادي",
      },
    },
    ChurnReason: {
      name: arabicName("سبب تسرّب", "أسباب تسرّب"),
      fields: {
        id: "المعرّف",
        code: "السبب",
        category: "الفئة",
        ownerTeam: "الفريق المسؤول",
        defaultChurnType: "نوع التسرّب المعتاد",
        churnTypes: "أنواع التسرّب",
        active: "نشط",
      },
    },
    Ticket: {
      name: arabicName("تذكرة", "تذاكر"),
      fields: {
        id: "المعرّف",
        subject: "الموضوع",
        customer: "العميل",
        kind: "النوع",
        channel: "القناة",
        status: "الحالة",
        priority: "الأولوية",
        openedAt: "تاريخ الفتح",
        csat: "رضا العميل (CSAT)",
        q: "بحث",
      },
    },
    RetentionAction: {
      name: arabicName("إجراء استبقاء", "إجراءات استبقاء"),
      fields: {
        id: "المعرّف",
        kind: "الإجراء",
        customer: "العميل",
        status: "الحالة",
        trigger: "المُحفّز",
        dueAt: "الموعد النهائي",
        assignee: "المسؤول",
        outcome: "النتيجة",
      },
    },
  },
};

export default ar;
