// Our own messages in Turkish.
import type { AppMessages } from "./en.ts";

const tr: AppMessages = {
  churnstile: {
    auth: {
      invalid_credentials: "E-posta veya parola hatalı.",
      bad_input: "Geçerli bir e-posta adresi ve parola girin.",
      unavailable: "Sunucuya ulaşılamıyor. Biraz sonra yeniden deneyin.",
    },
  },
  resources: {
    Customer: {
      name: "Müşteri |||| Müşteriler",
      fields: {
        id: "Kimlik",
        name: "Ad",
        company: "Şirket",
        country: "Ülke",
        plan: "Paket",
        status: "Durum",
        mrrMinor: "MRR",
        healthScore: "Sağlık puanı",
        signedUpAt: "Kayıt tarihi",
        lastInteractionAt: "Son iletişim",
        q: "Ara",
      },
    },
    ChurnEvent: {
      name: "Kayıp olayı |||| Kayıp olayları",
      fields: {
        id: "Kimlik",
        customer: "Müşteri",
        type: "Kayıp türü",
        primaryReason: "Neden",
        effectiveAt: "Geçerlilik tarihi",
        mrrLostMinor: "Kaybedilen MRR",
        source: "Kaynak",
        preventable: "Önlenebilir",
      },
    },
    ChurnReason: {
      name: "Kayıp nedeni |||| Kayıp nedenleri",
      fields: {
        id: "Kimlik",
        code: "Neden",
        category: "Kategori",
        ownerTeam: "Sorumlu ekip",
        defaultChurnType: "Olağan kayıp türü",
        churnTypes: "Kayıp türleri",
        active: "Etkin",
      },
    },
    Ticket: {
      name: "Destek talebi |||| Destek talepleri",
      fields: {
        id: "Kimlik",
        subject: "Konu",
        customer: "Müşteri",
        kind: "Tür",
        channel: "Kanal",
        status: "Durum",
        priority: "Öncelik",
        openedAt: "Açılış",
        csat: "CSAT",
        q: "Ara",
      },
    },
    RetentionAction: {
      name: "Elde tutma eylemi |||| Elde tutma eylemleri",
      fields: {
        id: "Kimlik",
        kind: "Eylem",
        customer: "Müşteri",
        status: "Durum",
        trigger: "Tetikleyici",
        dueAt: "Son tarih",
        assignee: "Atanan",
        outcome: "Sonuç",
      },
    },
  },
};

export default tr;
