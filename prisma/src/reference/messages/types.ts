import type { MessageKind } from "../../../generated/enums.ts";

/** Subject and body of every message kind in one locale. Placeholders: {{customer.name}}, {{offer}},
 *  {{feature.title}}, {{survey.link}}, {{payment.link}}. */
export type MessageTexts = Record<MessageKind, { subject: string; body: string }>;
