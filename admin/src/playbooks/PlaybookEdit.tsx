// Edit a playbook (ADMIN, MANAGER).
import { Edit } from "react-admin";
import { cleanPlaybook, PlaybookForm } from "./PlaybookForm.tsx";

export default function PlaybookEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={cleanPlaybook}>
      <PlaybookForm />
    </Edit>
  );
}
