import type { MessageTexts } from "./types.ts";

export const en: MessageTexts = {
  WE_MISS_YOU: {
    subject: "We miss you, {{customer.name}}",
    body: "Hello {{customer.name}},\n\nIt has been a while, and we miss having you with us. A lot has improved since you left, and your data is still here, ready when you are.\n\nReply to this email and we will set everything up again for you.",
  },
  WIN_BACK_PRICE: {
    subject: "A special offer to welcome you back",
    body: "Hello {{customer.name}},\n\nWe understand price matters. As a thank-you for the time you spent with us, here is an offer reserved for you: {{offer}}.\n\nIt is valid for 30 days. Reply to this email to take it.",
  },
  WIN_BACK_SERVICE: {
    subject: "We listened, and here is what changed",
    body: "Hello {{customer.name}},\n\nYou told us our service let you down, and you were right. Since then we have shortened our response times and you now have a named contact for every request.\n\nWe would be glad to show you in a short call.",
  },
  WIN_BACK_OPTIONS: {
    subject: "New options we think you will like",
    body: "Hello {{customer.name}},\n\nSince you left we have added new plans and products, several of them built from what customers like you asked for.\n\nHave a look and tell us what would work for you: {{offer}}",
  },
  FEATURE_SHIPPED: {
    subject: "You asked for it: {{feature.title}} is here",
    body: "Hello {{customer.name}},\n\nWhen you left, you told us you needed {{feature.title}}. We have just released it, and you were one of the reasons we built it.\n\nWe would love you to try it. Reply and we will reactivate your account.",
  },
  PAYMENT_RECOVERY: {
    subject: "Your payment did not go through",
    body: "Hello {{customer.name}},\n\nWe could not process your latest payment, often because a card has expired. Please update your payment details here: {{payment.link}}\n\nYour service continues while you do; if you need help, just reply.",
  },
  BIRTHDAY: {
    subject: "Happy birthday, {{customer.name}}!",
    body: "Hello {{customer.name}},\n\nEveryone here wishes you a very happy birthday and a wonderful year ahead.\n\nThank you for being with us.",
  },
  ANNIVERSARY: {
    subject: "Thank you for another year together",
    body: "Hello {{customer.name}},\n\nToday marks another year since you joined us. Thank you for your trust.\n\nAs a small thank-you, you are invited to our loyalty programme: {{offer}}",
  },
  EXIT_SURVEY_INVITE: {
    subject: "Could you tell us why you left?",
    body: "Hello {{customer.name}},\n\nWe are sorry to see you go. Would you tell us why? It takes two minutes and helps us improve for everyone: {{survey.link}}\n\nThank you.",
  },
};
