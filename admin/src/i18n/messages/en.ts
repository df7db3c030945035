// Every message of the console in English: react-admin's pack, our resources and enums.
import englishMessages from "ra-language-english";
import type { TranslationMessages } from "react-admin";
import app from "../app/en.ts";
import enums from "../enums/en.ts";

const messages: TranslationMessages = { ...englishMessages, ...app, enums };

export default messages;
