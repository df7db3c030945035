// Russian: users, API keys, the audit log, and messages shared by every page.
import { russianName } from "../../plural.ts";
import type { AdminMessages, CommonMessages } from "../en/index.ts";

export const common: CommonMessages = {
  conflict: "Кто-то уже изменил эти данные. Обновите страницу и попробуйте снова.",
  invalid: "Сервер не принял данные:",
};

const admin: AdminMessages = {
  User: {
    name: russianName("Пользователь", "Пользователи"),
    fields: {
      name: "Имя",
      email: "Эл. почта",
      role: "Роль",
      locale: "Язык консоли",
      active: "Активен",
      createdAt: "Создан",
      password: "Пароль",
      q: "Поиск",
    },
    helpers: {
      active: "Неактивный пользователь не может войти, его сеансы завершаются.",
      password: "Не менее 10 символов.",
      newPassword: "Оставьте пустым, чтобы сохранить текущий пароль.",
    },
  },
  ApiKey: {
    name: russianName("API-ключ", "API-ключи"),
    fields: {
      name: "Название",
      prefix: "Префикс",
      scopes: "Права",
      createdBy: "Создал",
      createdAt: "Создан",
      lastUsedAt: "Последнее использование",
      expiresAt: "Истекает",
      revokedAt: "Отозван",
      revoked: "Отозван",
    },
    helpers: { name: "Для чего ключ, например Metabase или синхронизация с CRM.", expiresAt: "Пусто — бессрочно." },
    create: { title: "Создать API-ключ", submit: "Создать ключ" },
    secret: {
      title: "Ключ «%{name}»",
      once: "Скопируйте его сейчас: он показывается только один раз, хранится лишь его префикс.",
      copy: "Копировать",
      copied: "Скопировано",
      done: "Я скопировал ключ",
    },
    revoke: {
      button: "Отозвать",
      title: "Отозвать «%{name}»?",
      content: "Инструменты, использующие этот ключ, сразу перестанут работать.",
    },
  },
  AuditLog: {
    name: russianName("Запись аудита", "Журнал аудита"),
    fields: {
      at: "Когда",
      actorUser: "Пользователь",
      actorUserId: "Пользователь",
      actorApiKey: "API-ключ",
      actorApiKeyId: "API-ключ",
      action: "Действие",
      entity: "Сущность",
      entityId: "ID сущности",
      requestId: "Запрос",
      before: "До",
      after: "После",
      from: "С",
      to: "До",
    },
  },
};

export default admin;
