// Our own messages in Turkish.
import dashboard from "../../dashboard/i18n/tr.ts";
import survey from "../../public-survey/i18n/tr.ts";
import { common, resources } from "../resources/tr/index.ts";
import type { AppMessages } from "./en.ts";

const tr: AppMessages = {
  churnstile: {
    dashboard,
    survey,
    common,
    auth: {
      invalid_credentials: "E-posta veya parola hatalı.",
      bad_input: "Geçerli bir e-posta adresi ve parola girin.",
      unavailable: "Sunucuya ulaşılamıyor. Biraz sonra yeniden deneyin.",
    },
  },
  resources,
};

export default tr;
