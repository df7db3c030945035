// Log a ticket by hand (most come from the support desk through the API).
import { Create } from "react-admin";
import { TicketForm } from "./TicketForm.tsx";

export default function TicketCreate() {
  return (
    <Create redirect="show">
      <TicketForm isCreate />
    </Create>
  );
}
