// Persian: subscriptions and products.
import type { SubscriptionsMessages } from "../en/index.ts";

const subscriptions: SubscriptionsMessages = {
  Subscription: {
    name: "اشتراک |||| اشتراک‌ها",
    fields: {
      id: "شناسه",
      customer: "مشتری",
      customerId: "مشتری",
      product: "محصول",
      productId: "محصول",
      mrrMinor: "درآمد ماهانه (MRR)",
      currency: "ارز",
      startedAt: "شروع",
      endedAt: "پایان",
      ended: "وضعیت",
    },
    state: { running: "فعال", ended: "پایان‌یافته" },
    section: { title: "اشتراک‌ها", empty: "هنوز اشتراکی ثبت نشده است." },
    form: {
      mrr: "درآمد ماهانه (%{currency})",
      mrrInvalid: "مبلغی بیشتر از صفر وارد کنید.",
      now: "خالی = همین حالا.",
      effectiveAt: "تاریخ اعمال",
    },
    start: { button: "شروع اشتراک", title: "شروع یک اشتراک" },
    change: { button: "تغییر درآمد ماهانه", title: "تغییر درآمد ماهانه %{product}", current: "اکنون %{mrr} در ماه." },
    end: {
      button: "پایان",
      title: "پایان %{product}",
      lastPaid:
        "این آخرین اشتراک پولی مشتری است: پایان آن ریزش به حساب می‌آید، بدون ثبت دلیل. برای ثبت دلیل رفتن مشتری، به جای آن ریزش را ثبت کنید.",
    },
  },
  Product: {
    name: "محصول |||| محصولات",
    fields: { id: "شناسه", code: "کد", name: "نام", category: "دسته", priceMinor: "قیمت فهرست", active: "در حال فروش" },
  },
};

export default subscriptions;
