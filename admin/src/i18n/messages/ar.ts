// Every message of the console in Arabic: our translation of react-admin's messages, our resources and enums.
import type { TranslationMessages } from "react-admin";
import app from "../app/ar.ts";
import enums from "../enums/ar.ts";
import arabicMessages from "../ra/ar/index.ts";

const messages: TranslationMessages = { ...arabicMessages, ...app, enums };

export default messages;
