// Edit a churn reason (ADMIN, MANAGER).
import { Edit } from "react-admin";
import { ChurnReasonForm } from "./ChurnReasonForm.tsx";

export default function ChurnReasonEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <ChurnReasonForm />
    </Edit>
  );
}
