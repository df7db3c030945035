// Every message of the console in Russian: ra-language-russian (react-admin 5 shape) with the keys it lacks,
// our resources and enums.
import russianMessages from "ra-language-russian";
import type { TranslationMessages } from "react-admin";
import app from "../app/ru.ts";
import enums from "../enums/ru.ts";
import russianAdditions from "../ra/russian-additions.ts";

const messages: TranslationMessages = { ...russianMessages, ra: { ...russianMessages.ra, ...russianAdditions }, ...app, enums };

export default messages;
