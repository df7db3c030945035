// Our own messages in Persian.
import dashboard from "../../dashboard/i18n/fa.ts";
import survey from "../../public-survey/i18n/fa.ts";
import { common, resources } from "../resources/fa/index.ts";
import type { AppMessages } from "./en.ts";

const fa: AppMessages = {
  churnstile: {
    dashboard,
    survey,
    common,
    auth: {
      invalid_credentials: "ایمیل یا رمز عبور اشتباه است.",
      bad_input: "یک نشانی ایمیل معتبر و رمز عبور وارد کنید.",
      unavailable: "دسترسی به سرور ممکن نیست. لحظه‌ای دیگر دوباره تلاش کنید.",
    },
  },
  resources,
};

export default fa;
