// Turkish: subscriptions and products.
import type { SubscriptionsMessages } from "../en/index.ts";

const subscriptions: SubscriptionsMessages = {
  Subscription: {
    name: "Abonelik |||| Abonelikler",
    fields: {
      id: "Kimlik",
      customer: "Müşteri",
      customerId: "Müşteri",
      product: "Ürün",
      productId: "Ürün",
      mrrMinor: "MRR",
      currency: "Para birimi",
      startedAt: "Başlangıç",
      endedAt: "Bitiş",
      ended: "Durum",
    },
    state: { running: "Devam ediyor", ended: "Sona erdi" },
    section: { title: "Abonelikler", empty: "Henüz abonelik yok." },
    form: {
      mrr: "Aylık MRR (%{currency})",
      mrrInvalid: "Sıfırdan büyük bir tutar girin.",
      now: "Boş = şimdi.",
      effectiveAt: "Geçerlilik tarihi",
    },
    start: { button: "Abonelik başlat", title: "Abonelik başlat" },
    change: { button: "MRR değiştir", title: "%{product} için MRR değiştir", current: "Şu an ayda %{mrr}." },
    end: {
      button: "Sonlandır",
      title: "%{product} aboneliğini sonlandır",
      lastPaid:
        "Bu, müşterinin son ücretli aboneliği: sonlandırmak nedeni kaydedilmeden kayıp sayılır. Neden ayrıldığını kaydetmek için bunun yerine kaybı kaydedin.",
    },
  },
  Product: {
    name: "Ürün |||| Ürünler",
    fields: { id: "Kimlik", code: "Kod", name: "Ad", category: "Kategori", priceMinor: "Liste fiyatı", active: "Satışta" },
  },
};

export default subscriptions;
