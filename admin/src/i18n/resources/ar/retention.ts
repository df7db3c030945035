// Arabic: retention actions and "my queue", playbooks, feature requests, segments.
import { arabicName } from "../../plural.ts";
import type { RetentionMessages } from "../en/index.ts";

/** Arabic plural forms for a count: 0, 1, 2, 3–10, 11–99, 100+. */
const forms = (...six: string[]) => six.join(" |||| ");
const why = "(تحديث لخارطة الطريق لكل عميل غادر بسبب هذه الميزة)";

const retention: RetentionMessages = {
  RetentionAction: {
    name: arabicName("إجراء استبقاء", "إجراءات استبقاء"),
    fields: {
      id: "المعرّف",
      kind: "الإجراء",
      customer: "العميل",
      customerId: "العميل",
      status: "الحالة",
      trigger: "المُحفّز",
      dueAt: "الموعد النهائي",
      dueTo: "الموعد النهائي",
      assignee: "المسؤول",
      assigneeId: "المسؤول",
      outcome: "النتيجة",
      outcomeNote: "ملاحظة",
      offer: "العرض",
      completedAt: "تاريخ الإنجاز",
      churnEvent: "حدث التسرّب",
      messageTemplate: "الرسالة",
    },
    all: "كل الإجراءات",
    overdue: "متأخر",
    queue: {
      title: "قائمتي",
      callbacks: "معاودات الاتصال فقط",
      due: "الاستحقاق",
      dueToday: "مستحق اليوم أو متأخر",
      empty: "قائمتك فارغة: لم يُسند إليك شيء.",
    },
    complete: { button: "إنجاز", title: "إنجاز الإجراء" },
    assign: { button: "إسناد", title: "من يتولى هذا الإجراء؟", toMe: "أسنده إليّ", unassign: "إلغاء الإسناد" },
    schedule: {
      button: "جدولة إجراء",
      title: "جدولة إجراء استبقاء",
      dueHelp: "لمعاودة الاتصال: التاريخ والوقت الملتزم بهما أمام العميل.",
    },
  },
  Playbook: {
    name: arabicName("دليل إجراءات", "أدلة إجراءات"),
    fields: {
      name: "الاسم",
      code: "الرمز",
      description: "الوصف",
      trigger: "يعمل عند",
      active: "نشط",
      conditions: "ينطبق على",
      churnTypes: "أنواع التسرّب",
      reasonCodes: "الأسباب",
      actions: "الإجراءات",
      kind: "الإجراء",
      dueInDays: "مستحق بعد (أيام)",
      messageKind: "الرسالة",
      offer: "العرض",
      retentionActionCount: "الإجراءات المقترحة",
      q: "بحث",
    },
    helpers: { any: "الفراغ يعني الكل." },
    always: "دائمًا",
  },
  FeatureRequest: {
    name: arabicName("ميزة ناقصة", "ميزات ناقصة"),
    fields: {
      title: "الميزة",
      description: "الوصف",
      status: "الحالة",
      shippedAt: "تاريخ الإطلاق",
      createdAt: "تاريخ التسجيل",
      churnEventCount: "أحداث التسرّب التي تذكرها",
      churnedCustomerCount: "العملاء المفقودون بسببها",
      churnEvents: "أحداث التسرّب التي تذكرها",
      citedByChurn: "مذكورة في تسرّب",
      q: "بحث",
    },
    ship: {
      button: "تعليم كمُطلقة",
      again: "إبلاغ البقية",
      title: "تعليم الميزة كمُطلقة",
      preview: forms(
        "لن يُنشئ إطلاقها أي إجراء استعادة.",
        `سيُنشئ إطلاقها إجراء استعادة واحدًا ${why}.`,
        `سيُنشئ إطلاقها إجراءَي استعادة ${why}.`,
        `سيُنشئ إطلاقها %{count} إجراءات استعادة ${why}.`,
        `سيُنشئ إطلاقها %{count} إجراءً للاستعادة ${why}.`,
        `سيُنشئ إطلاقها %{count} إجراء استعادة ${why}.`,
      ),
      confirm: "الإطلاق وإنشاء الإجراءات",
      done: forms(
        "أُطلقت: لم يُنشأ أي إجراء استعادة.",
        "أُطلقت: أُنشئ إجراء استعادة واحد.",
        "أُطلقت: أُنشئ إجراءا استعادة.",
        "أُطلقت: أُنشئت %{count} إجراءات استعادة.",
        "أُطلقت: أُنشئ %{count} إجراءً للاستعادة.",
        "أُطلقت: أُنشئ %{count} إجراء استعادة.",
      ),
    },
  },
  Segment: {
    name: arabicName("شريحة", "شرائح"),
    fields: {
      name: "الاسم",
      description: "الوصف",
      kind: "النوع",
      memberCount: "العملاء",
      rule: "القاعدة (JSON)",
      updatedAt: "آخر تغيير",
      q: "بحث",
    },
    members: "عرض العملاء",
    membership: {
      add: "إضافة إلى شريحة",
      remove: "إزالة من هذه الشريحة",
      pick: "شريحة يدوية",
      none: "لا توجد شريحة يدوية بعد: أنشئ شريحة ثابتة أولاً.",
      added: "عدد العملاء المضافين إلى %{name}: %{smart_count}",
      removed: "عدد العملاء المُزالين من %{name}: %{smart_count}",
    },
    rule: {
      help: 'شروط على حقول العميل: country وplan وstatus وsatisfaction وindustry (قوائم)، healthScore وmrrMinor ({"min", "max"})، signedUpAt ({"from", "to"})، churnReason (رموز من استبيانات المغادرة)؛ و"and"/"or" تجمع القواعد.',
      invalidJson: "القاعدة ليست JSON صالحًا.",
      matches: forms(
        "لا يطابق هذه القاعدة أي عميل حاليًا.",
        "يطابق هذه القاعدة عميل واحد حاليًا.",
        "يطابق هذه القاعدة عميلان حاليًا.",
        "يطابق هذه القاعدة %{count} عملاء حاليًا.",
        "يطابق هذه القاعدة %{count} عميلًا حاليًا.",
        "يطابق هذه القاعدة %{count} عميل حاليًا.",
      ),
    },
  },
};

export default retention;
