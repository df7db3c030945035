// Turkish: users, API keys, the audit log, and messages shared by every page.
import type { AdminMessages, CommonMessages } from "../en/index.ts";

export const common: CommonMessages = {
  conflict: "Bu arada başka biri bunu değiştirdi. Sayfayı yenileyip yeniden deneyin.",
  invalid: "Sunucu bunu kabul etmedi:",
};

const admin: AdminMessages = {
  User: {
    name: "Kullanıcı |||| Kullanıcılar",
    fields: {
      name: "Ad",
      email: "E-posta",
      role: "Rol",
      locale: "Konsol dili",
      active: "Etkin",
      createdAt: "Oluşturulma",
      password: "Parola",
      q: "Ara",
    },
    helpers: {
      active: "Etkin olmayan kullanıcı giriş yapamaz ve oturumları sona erer.",
      password: "En az 10 karakter.",
      newPassword: "Mevcut parolayı korumak için boş bırakın.",
    },
  },
  ApiKey: {
    name: "API anahtarı |||| API anahtarları",
    fields: {
      name: "Ad",
      prefix: "Önek",
      scopes: "Yetkiler",
      createdBy: "Oluşturan",
      createdAt: "Oluşturulma",
      lastUsedAt: "Son kullanım",
      expiresAt: "Bitiş",
      revokedAt: "İptal tarihi",
      revoked: "İptal edildi",
    },
    helpers: { name: "Anahtarın amacı, ör. Metabase veya CRM eşitlemesi.", expiresAt: "Boş = hiçbir zaman." },
    create: { title: "API anahtarı oluştur", submit: "Anahtarı oluştur" },
    secret: {
      title: "“%{name}” anahtarı",
      once: "Şimdi kopyalayın: yalnızca bu kez gösterilir, yalnızca öneki saklanır.",
      copy: "Kopyala",
      copied: "Kopyalandı",
      done: "Kopyaladım",
    },
    revoke: { button: "İptal et", title: "“%{name}” iptal edilsin mi?", content: "Bu anahtarı kullanan araçlar hemen çalışmayı durdurur." },
  },
  AuditLog: {
    name: "Denetim kaydı |||| Denetim günlüğü",
    fields: {
      at: "Zaman",
      actorUser: "Kullanıcı",
      actorUserId: "Kullanıcı",
      actorApiKey: "API anahtarı",
      actorApiKeyId: "API anahtarı",
      action: "İşlem",
      entity: "Varlık",
      entityId: "Varlık kimliği",
      requestId: "İstek",
      before: "Önce",
      after: "Sonra",
      from: "Başlangıç",
      to: "Bitiş (hariç)",
    },
  },
};

export default admin;
