// Arabic: subscriptions and products.
import { arabicName } from "../../plural.ts";
import type { SubscriptionsMessages } from "../en/index.ts";

const subscriptions: SubscriptionsMessages = {
  Subscription: {
    name: arabicName("اشتراك", "اشتراكات"),
    fields: {
      id: "المعرّف",
      customer: "العميل",
      customerId: "العميل",
      product: "المنتج",
      productId: "المنتج",
      mrrMinor: "الإيراد الشهري المتكرر",
      currency: "العملة",
      startedAt: "البدء",
      endedAt: "الانتهاء",
      ended: "الحالة",
    },
    state: { running: "سارٍ", ended: "منتهٍ" },
    section: { title: "الاشتراكات", empty: "لا توجد اشتراكات بعد." },
    form: {
      mrr: "الإيراد الشهري (%{currency})",
      mrrInvalid: "أدخل مبلغًا أكبر من الصفر.",
      now: "فارغ = الآن.",
      effectiveAt: "يسري من",
    },
    start: { button: "بدء اشتراك", title: "بدء اشتراك" },
    change: { button: "تغيير الإيراد الشهري", title: "تغيير الإيراد الشهري لـ %{product}", current: "حاليًا %{mrr} شهريًا." },
    end: {
      button: "إنهاء",
      title: "إنهاء %{product}",
      lastPaid: "هذا آخر اشتراك مدفوع للعميل: إنهاؤه يُحتسب تسرّبًا دون سبب. لتسجيل سبب مغادرته، سجّل التسرّب بدلًا من ذلك.",
    },
  },
  Product: {
    name: arabicName("منتج", "منتجات"),
    fields: { id: "المعرّف", code: "الرمز", name: "الاسم", category: "الفئة", priceMinor: "سعر القائمة", active: "معروض للبيع" },
  },
};

export default subscriptions;
