// Our own messages in Russian.
import { russianName } from "../plural.ts";
import type { AppMessages } from "./en.ts";

const ru: AppMessages = {
  churnstile: {
    auth: {
      invalid_credentials: "Неверный e-mail или пароль.",
      bad_input: "Введите корректный e-mail и пароль.",
      unavailable: "Сервер недоступен. Повторите попытку чуть позже.",
    },
  },
  resources: {
    Customer: {
      name: russianName("Клиент", "Клиенты"),
      fields: {
        id: "ID",
        name: "Имя",
        company: "Компания",
        country: "Страна",
        plan: "Тариф",
        status: "Статус",
        mrrMinor: "MRR",
        healthScore: "Индекс здоровья",
        signedUpAt: "Дата регистрации",
        lastInteractionAt: "Последний контакт",
        q: "Поиск",
      },
    },
    ChurnEvent: {
      name: russianName("Событие оттока", "События оттока"),
      fields: {
        id: "ID",
        customer: "Клиент",
        type: "Тип оттока",
        primaryReason: "Причина",
        effectiveAt: "Дата оттока",
        mrrLostMinor: "Потерянный MRR",
        source: "Источник",
        preventable: "Предотвратимый",
      },
    },
    ChurnReason: {
      name: russianName("Причина оттока", "Причины оттока"),
      fields: {
        id: "ID",
        code: "Причина",
        category: "Категория",
        ownerTeam: "Ответственная команда",
        defaultChurnType: "Обычный тип оттока",
        churnTypes: "Типы оттока",
        active: "Активна",
      },
    },
    Ticket: {
      name: russianName("Обращение", "Обращения"),
      fields: {
        id: "ID",
        subject: "Тема",
        customer: "Клиент",
        kind: "Вид",
        channel: "Канал",
        status: "Статус",
        priority: "Приоритет",
        openedAt: "Открыто",
        csat: "CSAT",
        q: "Поиск",
      },
    },
    RetentionAction: {
      name: russianName("Действие по удержанию", "Действия по удержанию"),
      fields: {
        id: "ID",
        kind: "Действие",
        customer: "Клиент",
        status: "Статус",
        trigger: "Триггер",
        dueAt: "Срок",
        assignee: "Исполнитель",
        outcome: "Результат",
      },
    },
  },
};

export default ru;
