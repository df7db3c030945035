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
    link: {
      button: "Отправить ссылку на опрос",
      title: "Ссылка на опрос при уходе: %{name}",
      intro:
        "Новая ссылка на опрос при уходе на языке клиента. Отправьте её клиенту; почтовый инструмент, подписанный на survey.link_created, тоже её получит.",
      locale: "Язык опроса",
      create: "Создать ссылку",
      url: "Ссылка",
      copy: "Скопировать ссылку",
      copied: "Скопировано",
      expires: "Действует до %{date}",
      once: "Ссылка показывается только сейчас: скопируйте её перед закрытием.",
      close: "Закрыть",
    },
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
    phone: {
      button: "Записать ответы по телефону",
      title: "Опрос при уходе по телефону",
      save: "Сохранить ответы",
      saved: "Ответы сохранены.",
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
