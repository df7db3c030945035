// Arabic: users, API keys, the audit log, and messages shared by every page.
import { arabicName } from "../../plural.ts";
import type { AdminMessages, CommonMessages } from "../en/index.ts";

export const common: CommonMessages = {
  conflict: "غيّر أحدهم هذا في هذه الأثناء. أعد التحميل وحاول مجددًا.",
  invalid: "لم يقبل الخادم هذا:",
};

const admin: AdminMessages = {
  User: {
    name: arabicName("مستخدم", "مستخدمون"),
    fields: {
      name: "الاسم",
      email: "البريد الإلكتروني",
      role: "الدور",
      locale: "لغة لوحة التحكم",
      active: "نشط",
      createdAt: "تاريخ الإنشاء",
      password: "كلمة المرور",
      q: "بحث",
    },
    helpers: {
      active: "لا يستطيع المستخدم غير النشط تسجيل الدخول، وتنتهي جلساته.",
      password: "عشرة أحرف على الأقل.",
      newPassword: "اتركه فارغًا للإبقاء على كلمة المرور الحالية.",
    },
  },
  ApiKey: {
    name: arabicName("مفتاح API", "مفاتيح API"),
    fields: {
      name: "الاسم",
      prefix: "البادئة",
      scopes: "الصلاحيات",
      createdBy: "أنشأه",
      createdAt: "تاريخ الإنشاء",
      lastUsedAt: "آخر استخدام",
      expiresAt: "ينتهي في",
      revokedAt: "تاريخ الإبطال",
      revoked: "مُبطل",
    },
    helpers: { name: "الغرض من المفتاح، مثل Metabase أو مزامنة CRM.", expiresAt: "فارغ = أبدًا." },
    create: { title: "إنشاء مفتاح API", submit: "إنشاء المفتاح" },
    secret: {
      title: "مفتاح «%{name}»",
      once: "انسخه الآن: هذه هي المرة الوحيدة التي يُعرض فيها، ولا تُحفظ إلا بادئته.",
      copy: "نسخ",
      copied: "تم النسخ",
      done: "نسخته",
    },
    revoke: { button: "إبطال", title: "إبطال «%{name}»؟", content: "تتوقف الأدوات التي تستخدم هذا المفتاح عن العمل فورًا." },
  },
  AuditLog: {
    name: arabicName("قيد تدقيق", "سجل التدقيق"),
    fields: {
      at: "الوقت",
      actorUser: "المستخدم",
      actorUserId: "المستخدم",
      actorApiKey: "مفتاح API",
      actorApiKeyId: "مفتاح API",
      action: "العملية",
      entity: "الكيان",
      entityId: "معرّف الكيان",
      requestId: "الطلب",
      before: "قبل",
      after: "بعد",
      from: "من",
      to: "قبل",
    },
  },
};

export default admin;
