// A staff user (ADMIN): name, role, console language; a password on creation or to reset it; deactivating ends
// their sessions. Users are deactivated, never deleted, so the audit log keeps naming them.
import { BooleanInput, Create, Edit, email, minLength, PasswordInput, required, SelectInput, SimpleForm, TextInput } from "react-admin";
import { EditToolbar } from "../common/toolbars.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { localeChoices } from "../fields/localeChoices.ts";

function UserForm({ isCreate = false }: { isCreate?: boolean }) {
  return (
    <SimpleForm
      toolbar={<EditToolbar deletable={false} />}
      defaultValues={isCreate ? { role: "AGENT", locale: "en" } : undefined}
      sx={{ maxWidth: 560 }}
    >
      <TextInput source="name" validate={required()} />
      <TextInput source="email" type="email" validate={[required(), email()]} disabled={!isCreate} />
      <SelectInput source="role" choices={enumChoices("Role")} validate={required()} />
      <SelectInput source="locale" choices={localeChoices} translateChoice={false} />
      {isCreate ? null : <BooleanInput source="active" helperText="resources.User.helpers.active" />}
      <PasswordInput
        source="password"
        validate={isCreate ? [required(), minLength(10)] : minLength(10)}
        helperText={isCreate ? "resources.User.helpers.password" : "resources.User.helpers.newPassword"}
        autoComplete="new-password"
      />
    </SimpleForm>
  );
}

export function UserEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <UserForm />
    </Edit>
  );
}

export function UserCreate() {
  return (
    <Create redirect="list">
      <UserForm isCreate />
    </Create>
  );
}
