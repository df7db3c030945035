// Arabic: tickets, exit-survey templates and responses, message templates.
import { arabicName } from "../../plural.ts";
import type { SurveysMessages } from "../en/index.ts";

const surveys: SurveysMessages = {
  Ticket: {
    name: arabicName("تذكرة", "تذاكر"),
    fields: {
      id: "المعرّف",
      subject: "الموضوع",
      customer: "العميل",
      customerId: "العميل",
      topic: "المجال",
      kind: "النوع",
      channel: "القناة",
      status: "الحالة",
      priority: "الأولوية",
      openedAt: "تاريخ الفتح",
      firstResponseAt: "أول رد",
      resolvedAt: "تاريخ الحل",
      csat: "رضا العميل (CSAT)",
      assignee: "المسؤول",
      q: "بحث",
    },
    helpers: { topic: "مثل billing أو login أو performance." },
  },
  ExitSurveyTemplate: {
    name: arabicName("نموذج استبيان مغادرة", "نماذج استبيان مغادرة"),
    fields: {
      name: "الاسم",
      key: "المفتاح",
      version: "الإصدار",
      active: "نشط",
      responseCount: "الردود",
      createdAt: "تاريخ الإنشاء",
      questions: "الأسئلة",
      q: "بحث",
    },
    required: "إلزامي",
  },
  ExitSurveyResponse: {
    name: arabicName("رد على استبيان المغادرة", "ردود على استبيان المغادرة"),
    fields: {
      customer: "العميل",
      customerId: "العميل",
      status: "الحالة",
      channel: "القناة",
      locale: "اللغة",
      reasonCode: "السبب المذكور",
      submittedAt: "تاريخ الإجابة",
      createdAt: "تاريخ الإرسال",
      expiresAt: "انتهاء صلاحية الرابط",
      template: "الاستبيان",
      churnEvent: "حدث التسرّب",
      submittedBy: "أدخله",
      answers: "الإجابات",
    },
  },
  MessageTemplate: {
    name: arabicName("قالب رسالة", "قوالب رسائل"),
    fields: {
      kind: "الغرض",
      locale: "اللغة",
      subject: "الموضوع",
      body: "النص",
      active: "نشط",
      updatedAt: "آخر تغيير",
      q: "بحث",
    },
    helpers: { placeholders: "العناصر النائبة: %{placeholders}" },
    preview: {
      title: "معاينة لعميل",
      customer: "العميل",
      offer: "العرض",
      pick: "اختر عميلًا لترى القالب المحفوظ معبّأً له.",
      missing: "بقيت عناصر نائبة (لم تُعطَ قيمة):",
    },
  },
};

export default surveys;
