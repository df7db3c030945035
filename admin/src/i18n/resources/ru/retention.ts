// Russian: retention actions and "my queue", playbooks, feature requests, segments.
import { russianName } from "../../plural.ts";
import type { RetentionMessages } from "../en/index.ts";

/** Russian plural forms for a count: 1 (21, 31…), 2–4 (22–24…), 5+ (and 0, 11–14). */
const forms = (...three: string[]) => three.join(" |||| ");

const retention: RetentionMessages = {
  RetentionAction: {
    name: russianName("Действие по удержанию", "Действия по удержанию"),
    fields: {
      id: "ID",
      kind: "Действие",
      customer: "Клиент",
      customerId: "Клиент",
      status: "Статус",
      trigger: "Триггер",
      dueAt: "Срок",
      dueTo: "Срок",
      assignee: "Исполнитель",
      assigneeId: "Исполнитель",
      outcome: "Результат",
      outcomeNote: "Заметка",
      offer: "Предложение",
      completedAt: "Выполнено",
      churnEvent: "Событие оттока",
      messageTemplate: "Сообщение",
    },
    all: "Все действия",
    overdue: "Просрочено",
    queue: {
      title: "Мои задачи",
      callbacks: "Только обратные звонки",
      due: "Срок",
      dueToday: "На сегодня и просроченные",
      empty: "Ваша очередь пуста: вам ничего не назначено.",
    },
    complete: { button: "Выполнить", title: "Завершить действие" },
    assign: { button: "Назначить", title: "Кто выполняет это действие?", toMe: "Назначить мне", unassign: "Снять назначение" },
    schedule: {
      button: "Запланировать действие",
      title: "Запланировать действие по удержанию",
      dueHelp: "Для обратного звонка — дата и время, обещанные клиенту.",
    },
  },
  Playbook: {
    name: russianName("Сценарий", "Сценарии"),
    fields: {
      name: "Название",
      code: "Код",
      description: "Описание",
      trigger: "Запускается при",
      active: "Активен",
      conditions: "Применяется к",
      churnTypes: "Типы оттока",
      reasonCodes: "Причины",
      actions: "Действия",
      kind: "Действие",
      dueInDays: "Срок через (дней)",
      messageKind: "Сообщение",
      offer: "Предложение",
      retentionActionCount: "Предложено действий",
      q: "Поиск",
    },
    helpers: { any: "Пусто — любые." },
    always: "Всегда",
  },
  FeatureRequest: {
    name: russianName("Недостающая функция", "Недостающие функции"),
    fields: {
      title: "Функция",
      description: "Описание",
      status: "Статус",
      shippedAt: "Выпущена",
      createdAt: "Записана",
      churnEventCount: "Событий оттока с ней",
      churnedCustomerCount: "Потеряно клиентов из-за неё",
      churnEvents: "События оттока, где она указана",
      citedByChurn: "Указана при оттоке",
      q: "Поиск",
    },
    ship: {
      button: "Отметить выпущенной",
      again: "Сообщить остальным",
      title: "Отметить функцию выпущенной",
      preview: forms(
        "Выпуск создаст %{count} действие по возврату (новость о дорожной карте для каждого клиента, ушедшего из-за этой функции).",
        "Выпуск создаст %{count} действия по возврату (новость о дорожной карте для каждого клиента, ушедшего из-за этой функции).",
        "Выпуск создаст %{count} действий по возврату (новость о дорожной карте для каждого клиента, ушедшего из-за этой функции).",
      ),
      confirm: "Выпустить и создать действия",
      done: forms(
        "Выпущено: создано %{count} действие по возврату.",
        "Выпущено: создано %{count} действия по возврату.",
        "Выпущено: создано %{count} действий по возврату.",
      ),
    },
  },
  Segment: {
    name: russianName("Сегмент", "Сегменты"),
    fields: {
      name: "Название",
      description: "Описание",
      kind: "Вид",
      memberCount: "Клиентов",
      rule: "Правило (JSON)",
      updatedAt: "Изменён",
      q: "Поиск",
    },
    members: "Показать клиентов",
    membership: {
      add: "Добавить в сегмент",
      remove: "Убрать из этого сегмента",
      pick: "Сегмент, составляемый вручную",
      none: "Пока нет сегментов, составляемых вручную: сначала создайте статический сегмент.",
      added:
        "%{smart_count} клиент добавлен в %{name} |||| %{smart_count} клиента добавлены в %{name} |||| %{smart_count} клиентов добавлены в %{name}",
      removed:
        "%{smart_count} клиент убран из %{name} |||| %{smart_count} клиента убраны из %{name} |||| %{smart_count} клиентов убраны из %{name}",
    },
    rule: {
      help: 'Условия по полям клиента: country, plan, status, satisfaction, industry (списки), healthScore и mrrMinor ({"min", "max"}), signedUpAt ({"from", "to"}), churnReason (коды из опросов при уходе); "and"/"or" объединяют правила.',
      invalidJson: "Правило — некорректный JSON.",
      matches: forms(
        "Сейчас правилу соответствует %{count} клиент.",
        "Сейчас правилу соответствуют %{count} клиента.",
        "Сейчас правилу соответствуют %{count} клиентов.",
      ),
    },
  },
};

export default retention;
