// Persian: tickets, exit-survey templates and responses, message templates.
import type { SurveysMessages } from "../en/index.ts";

const surveys: SurveysMessages = {
  Ticket: {
    name: "تیکت |||| تیکت‌ها",
    fields: {
      id: "شناسه",
      subject: "موضوع",
      customer: "مشتری",
      customerId: "مشتری",
      topic: "مبحث",
      kind: "نوع",
      channel: "کانال",
      status: "وضعیت",
      priority: "اولویت",
      openedAt: "تاریخ باز شدن",
      firstResponseAt: "نخستین پاسخ",
      resolvedAt: "تاریخ حل",
      csat: "رضایت (CSAT)",
      assignee: "مسئول",
      q: "جستجو",
    },
    helpers: { topic: "مثلاً billing، login، performance." },
  },
  ExitSurveyTemplate: {
    name: "قالب نظرسنجی خروج |||| قالب‌های نظرسنجی خروج",
    fields: {
      name: "نام",
      key: "کلید",
      version: "نسخه",
      active: "فعال",
      responseCount: "پاسخ‌ها",
      createdAt: "تاریخ ایجاد",
      questions: "پرسش‌ها",
      q: "جستجو",
    },
    required: "الزامی",
  },
  ExitSurveyResponse: {
    name: "پاسخ نظرسنجی خروج |||| پاسخ‌های نظرسنجی خروج",
    fields: {
      customer: "مشتری",
      customerId: "مشتری",
      status: "وضعیت",
      channel: "کانال",
      locale: "زبان",
      reasonCode: "دلیل اعلام‌شده",
      submittedAt: "تاریخ پاسخ",
      createdAt: "تاریخ ارسال",
      expiresAt: "انقضای پیوند",
      template: "نظرسنجی",
      churnEvent: "رویداد ریزش",
      submittedBy: "ثبت‌شده توسط",
      answers: "پاسخ‌ها",
    },
  },
  MessageTemplate: {
    name: "قالب پیام |||| قالب‌های پیام",
    fields: {
      kind: "کاربرد",
      locale: "زبان",
      subject: "موضوع",
      body: "متن",
      active: "فعال",
      updatedAt: "آخرین تغییر",
      q: "جستجو",
    },
    helpers: { placeholders: "جای‌نگهدارها: %{placeholders}" },
    preview: {
      title: "پیش‌نمایش برای یک مشتری",
      customer: "مشتری",
      offer: "پیشنهاد",
      pick: "یک مشتری انتخاب کنید تا قالب ذخیره‌شده را پرشده برای او ببینید.",
      missing: "جای‌نگهدارهایی که مقداری برایشان داده نشد:",
    },
  },
};

export default surveys;
