// Our own messages in Russian.
import dashboard from "../../dashboard/i18n/ru.ts";
import survey from "../../public-survey/i18n/ru.ts";
import { common, resources } from "../resources/ru/index.ts";
import type { AppMessages } from "./en.ts";

const ru: AppMessages = {
  churnstile: {
    dashboard,
    survey,
    common,
    auth: {
      invalid_credentials: "Неверный e-mail или пароль.",
      bad_input: "Введите корректный e-mail и пароль.",
      unavailable: "Сервер недоступен. Повторите попытку чуть позже.",
    },
  },
  resources,
};

export default ru;
