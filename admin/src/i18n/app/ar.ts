// Our own messages in Arabic.
import dashboard from "../../dashboard/i18n/ar.ts";
import survey from "../../public-survey/i18n/ar.ts";
import { common, resources } from "../resources/ar/index.ts";
import type { AppMessages } from "./en.ts";

const ar: AppMessages = {
  churnstile: {
    dashboard,
    survey,
    common,
    auth: {
      invalid_credentials: "البريد الإلكتروني أو كلمة المرور غير صحيحة.",
      bad_input: "أدخل عنوان بريد إلكتروني صالحاً وكلمة مرور.",
      unavailable: "تعذّر الوصول إلى الخادم. حاول مرة أخرى بعد قليل.",
    },
  },
  resources,
};

export default ar;
