// Persian: users, API keys, the audit log, and messages shared by every page.
import type { AdminMessages, CommonMessages } from "../en/index.ts";

export const common: CommonMessages = {
  conflict: "کس دیگری در این فاصله آن را تغییر داده است. صفحه را دوباره بارگیری و باز تلاش کنید.",
  invalid: "سرور این را نپذیرفت:",
};

const admin: AdminMessages = {
  User: {
    name: "کاربر |||| کاربران",
    fields: {
      name: "نام",
      email: "ایمیل",
      role: "نقش",
      locale: "زبان کنسول",
      active: "فعال",
      createdAt: "تاریخ ایجاد",
      password: "رمز عبور",
      q: "جستجو",
    },
    helpers: {
      active: "کاربر غیرفعال نمی‌تواند وارد شود و نشست‌هایش پایان می‌یابد.",
      password: "دست‌کم ۱۰ نویسه.",
      newPassword: "برای نگه داشتن رمز فعلی خالی بگذارید.",
    },
  },
  ApiKey: {
    name: "کلید API |||| کلیدهای API",
    fields: {
      name: "نام",
      prefix: "پیشوند",
      scopes: "دسترسی‌ها",
      createdBy: "ایجادکننده",
      createdAt: "تاریخ ایجاد",
      lastUsedAt: "آخرین استفاده",
      expiresAt: "انقضا",
      revokedAt: "تاریخ ابطال",
      revoked: "باطل‌شده",
    },
    helpers: { name: "کاربرد کلید، مثلاً Metabase یا همگام‌سازی CRM.", expiresAt: "خالی = هرگز." },
    create: { title: "ایجاد کلید API", submit: "ایجاد کلید" },
    secret: {
      title: "کلید «%{name}»",
      once: "همین حالا کپی کنید: فقط همین یک بار نمایش داده می‌شود و تنها پیشوندش نگه داشته می‌شود.",
      copy: "کپی",
      copied: "کپی شد",
      done: "کپی کردم",
    },
    revoke: { button: "ابطال", title: "«%{name}» باطل شود؟", content: "ابزارهایی که از این کلید استفاده می‌کنند بی‌درنگ از کار می‌افتند." },
  },
  AuditLog: {
    name: "رویداد ممیزی |||| گزارش ممیزی",
    fields: {
      at: "زمان",
      actorUser: "کاربر",
      actorUserId: "کاربر",
      actorApiKey: "کلید API",
      actorApiKeyId: "کلید API",
      action: "عملیات",
      entity: "موجودیت",
      entityId: "شناسه موجودیت",
      requestId: "درخواست",
      before: "پیش از",
      after: "پس از",
      from: "از",
      to: "پیش از",
    },
  },
};

export default admin;
