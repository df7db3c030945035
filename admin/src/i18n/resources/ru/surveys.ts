// Russian: tickets, exit-survey templates and responses, message templates.
import { russianName } from "../../plural.ts";
import type { SurveysMessages } from "../en/index.ts";

const surveys: SurveysMessages = {
  Ticket: {
    name: russianName("Обращение", "Обращения"),
    fields: {
      id: "ID",
      subject: "Тема",
      customer: "Клиент",
      customerId: "Клиент",
      topic: "Тематика",
      kind: "Вид",
      channel: "Канал",
      status: "Статус",
      priority: "Приоритет",
      openedAt: "Открыто",
      firstResponseAt: "Первый ответ",
      resolvedAt: "Решено",
      csat: "CSAT",
      assignee: "Исполнитель",
      q: "Поиск",
    },
    helpers: { topic: "например, billing, login, performance." },
  },
  ExitSurveyTemplate: {
    name: russianName("Шаблон опроса при уходе", "Шаблоны опросов при уходе"),
    fields: {
      name: "Название",
      key: "Ключ",
      version: "Версия",
      active: "Активен",
      responseCount: "Ответов",
      createdAt: "Создан",
      questions: "Вопросы",
      q: "Поиск",
    },
    required: "Обязательный",
  },
  ExitSurveyResponse: {
    name: russianName("Ответ на опрос при уходе", "Ответы на опросы при уходе"),
    fields: {
      customer: "Клиент",
      customerId: "Клиент",
      status: "Статус",
      channel: "Канал",
      locale: "Язык",
      reasonCode: "Названная причина",
      submittedAt: "Дата ответа",
      createdAt: "Отправлен",
      expiresAt: "Ссылка действует до",
      template: "Опрос",
      churnEvent: "Событие оттока",
      submittedBy: "Внёс",
      answers: "Ответы",
    },
  },
  MessageTemplate: {
    name: russianName("Шаблон сообщения", "Шаблоны сообщений"),
    fields: {
      kind: "Назначение",
      locale: "Язык",
      subject: "Тема",
      body: "Текст",
      active: "Активен",
      updatedAt: "Изменён",
      q: "Поиск",
    },
    helpers: { placeholders: "Подстановки: %{placeholders}" },
    preview: {
      title: "Предпросмотр для клиента",
      customer: "Клиент",
      offer: "Предложение",
      pick: "Выберите клиента, чтобы увидеть сохранённый шаблон, заполненный для него.",
      missing: "Остались подстановки без значения:",
    },
  },
};

export default surveys;
