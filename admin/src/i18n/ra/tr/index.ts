// react-admin's own messages (ra.*) in Turkish, complete: checked key for key against ra-language-english.
import type { TranslationMessages } from "react-admin";
import actionsPagesMessages from "./actions-pages-messages.ts";
import navigationAuthNotifications from "./navigation-auth-notifications.ts";

const turkishMessages: TranslationMessages = { ra: { ...actionsPagesMessages, ...navigationAuthNotifications } };

export default turkishMessages;
