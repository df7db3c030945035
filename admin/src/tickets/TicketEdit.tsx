// Edit a ticket: where it stands, its priority, its CSAT once resolved.
import { Edit } from "react-admin";
import { TicketForm } from "./TicketForm.tsx";

export default function TicketEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <TicketForm />
    </Edit>
  );
}
