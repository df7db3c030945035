// Turkish: tickets, exit-survey templates and responses, message templates.
import type { SurveysMessages } from "../en/index.ts";

const surveys: SurveysMessages = {
  Ticket: {
    name: "Destek talebi |||| Destek talepleri",
    fields: {
      id: "Kimlik",
      subject: "Konu",
      customer: "Müşteri",
      customerId: "Müşteri",
      topic: "Başlık",
      kind: "Tür",
      channel: "Kanal",
      status: "Durum",
      priority: "Öncelik",
      openedAt: "Açılış",
      firstResponseAt: "İlk yanıt",
      resolvedAt: "Çözüm",
      csat: "CSAT",
      assignee: "Atanan",
      q: "Ara",
    },
    helpers: { topic: "ör. billing, login, performance." },
  },
  ExitSurveyTemplate: {
    name: "Ayrılış anketi şablonu |||| Ayrılış anketi şablonları",
    fields: {
      name: "Ad",
      key: "Anahtar",
      version: "Sürüm",
      active: "Etkin",
      responseCount: "Yanıtlar",
      createdAt: "Oluşturulma",
      questions: "Sorular",
      q: "Ara",
    },
    required: "Zorunlu",
  },
  ExitSurveyResponse: {
    name: "Ayrılış anketi yanıtı |||| Ayrılış anketi yanıtları",
    fields: {
      customer: "Müşteri",
      customerId: "Müşteri",
      status: "Durum",
      channel: "Kanal",
      locale: "Dil",
      reasonCode: "Belirtilen neden",
      submittedAt: "Yanıt tarihi",
      createdAt: "Gönderim",
      expiresAt: "Bağlantının bitişi",
      template: "Anket",
      churnEvent: "Kayıp olayı",
      submittedBy: "Giren",
      answers: "Yanıtlar",
    },
  },
  MessageTemplate: {
    name: "Mesaj şablonu |||| Mesaj şablonları",
    fields: {
      kind: "Amaç",
      locale: "Dil",
      subject: "Konu",
      body: "Metin",
      active: "Etkin",
      updatedAt: "Değiştirildi",
      q: "Ara",
    },
    helpers: { placeholders: "Yer tutucular: %{placeholders}" },
    preview: {
      title: "Bir müşteri için önizleme",
      customer: "Müşteri",
      offer: "Teklif",
      pick: "Kayıtlı şablonu onun için doldurulmuş görmek üzere bir müşteri seçin.",
      missing: "Değer verilmediği için yer tutucu olarak kalanlar:",
    },
  },
};

export default surveys;
