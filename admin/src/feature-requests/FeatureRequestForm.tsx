// A feature request: title and description; REQUESTED or PLANNED (SHIPPED comes from "mark shipped").
import { Create, Edit, required, SelectInput, SimpleForm, TextInput } from "react-admin";
import { EditToolbar } from "../common/toolbars.tsx";
import { enumChoices } from "../fields/enumChoices.ts";

const STATUSES = enumChoices("FeatureStatus").filter((c) => c.id !== "SHIPPED");

function FeatureRequestForm({ isCreate = false }: { isCreate?: boolean }) {
  return (
    <SimpleForm toolbar={<EditToolbar />} defaultValues={isCreate ? { status: "REQUESTED" } : undefined} sx={{ maxWidth: 640 }}>
      <TextInput source="title" validate={required()} />
      <TextInput source="description" multiline minRows={3} />
      <SelectInput source="status" choices={STATUSES} />
    </SimpleForm>
  );
}

/** A shipped feature keeps its status: the form only changes title and description then. */
const keepShipped = ({ status, ...data }: Record<string, unknown>) => (status === "SHIPPED" ? data : { ...data, status });

export function FeatureRequestEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={keepShipped}>
      <FeatureRequestForm />
    </Edit>
  );
}

export function FeatureRequestCreate() {
  return (
    <Create redirect="show">
      <FeatureRequestForm isCreate />
    </Create>
  );
}
