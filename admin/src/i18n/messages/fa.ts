// Every message of the console in Persian: ra-language-farsi (react-admin 5 shape, complete), our resources and enums.
import farsiMessages from "ra-language-farsi";
import type { TranslationMessages } from "react-admin";
import app from "../app/fa.ts";
import enums from "../enums/fa.ts";

const messages: TranslationMessages = { ...farsiMessages, ...app, enums };

export default messages;
