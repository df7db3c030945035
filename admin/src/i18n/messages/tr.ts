// Every message of the console in Turkish: our translation of react-admin's messages, our resources and enums.
import type { TranslationMessages } from "react-admin";
import app from "../app/tr.ts";
import enums from "../enums/tr.ts";
import turkishMessages from "../ra/tr/index.ts";

const messages: TranslationMessages = { ...turkishMessages, ...app, enums };

export default messages;
