// Choices for a SelectInput over an enum: ids are the enum values, names the i18n keys (SelectInput translates them).
import enums, { type EnumName } from "../i18n/enums/en.ts";

export const enumChoices = (enumName: EnumName) => Object.keys(enums[enumName]).map((id) => ({ id, name: `enums.${enumName}.${id}` }));
