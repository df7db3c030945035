// Russian: subscriptions and products.
import { russianName } from "../../plural.ts";
import type { SubscriptionsMessages } from "../en/index.ts";

const subscriptions: SubscriptionsMessages = {
  Subscription: {
    name: russianName("Подписка", "Подписки"),
    fields: {
      id: "ID",
      customer: "Клиент",
      customerId: "Клиент",
      product: "Продукт",
      productId: "Продукт",
      mrrMinor: "MRR",
      currency: "Валюта",
      startedAt: "Начало",
      endedAt: "Окончание",
      ended: "Состояние",
    },
    state: { running: "Действует", ended: "Завершена" },
    section: { title: "Подписки", empty: "Подписок пока нет." },
    form: {
      mrr: "MRR в месяц (%{currency})",
      mrrInvalid: "Введите сумму больше нуля.",
      now: "Пусто — сейчас.",
      effectiveAt: "Вступает в силу",
    },
    start: { button: "Оформить подписку", title: "Новая подписка" },
    change: { button: "Изменить MRR", title: "Изменить MRR: %{product}", current: "Сейчас %{mrr} в месяц." },
    end: {
      button: "Завершить",
      title: "Завершить: %{product}",
      lastPaid:
        "Это последняя платная подписка клиента: её завершение считается оттоком, без указания причины. Чтобы записать, почему клиент уходит, зарегистрируйте отток.",
    },
  },
  Product: {
    name: russianName("Продукт", "Продукты"),
    fields: { id: "ID", code: "Код", name: "Название", category: "Категория", priceMinor: "Цена по прайсу", active: "В продаже" },
  },
};

export default subscriptions;
