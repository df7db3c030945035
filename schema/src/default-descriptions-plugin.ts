// Fields that plugins generate for us (the Prisma plugin's connection totalCount) come without a
// description; the schema is the API's documentation, so give them one here.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";

const DEFAULTS: Record<string, string> = {
  totalCount: "Rows matching the filter, across all pages.",
};

export class DefaultDescriptionsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>) {
    if (fieldConfig.description || !(fieldConfig.name in DEFAULTS)) return fieldConfig;
    return { ...fieldConfig, description: DEFAULTS[fieldConfig.name] };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      defaultDescriptions: DefaultDescriptionsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin("defaultDescriptions", DefaultDescriptionsPlugin);
export default "defaultDescriptions" as const;
