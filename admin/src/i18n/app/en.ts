// Our own messages in English: the source of truth for the keys every other language must translate.
import dashboard from "../../dashboard/i18n/en.ts";
import survey from "../../public-survey/i18n/en.ts";
import { common, resources } from "../resources/en/index.ts";

const en = {
  churnstile: {
    dashboard,
    survey,
    common,
    auth: {
      invalid_credentials: "Wrong e-mail or password.",
      bad_input: "Enter a valid e-mail address and a password.",
      unavailable: "The server cannot be reached. Try again in a moment.",
    },
  },
  resources,
};

export type AppMessages = typeof en;
export default en;
