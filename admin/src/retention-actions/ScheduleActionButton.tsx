// "Schedule an action" for the customer on show: the schedule form with the customer filled in.
import EventIcon from "@mui/icons-material/Event";
import { Button, LinkBase, useCreatePath, useRecordContext } from "react-admin";

export function ScheduleActionButton() {
  const record = useRecordContext();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Button
      component={LinkBase}
      to={createPath({ resource: "RetentionAction", type: "create" })}
      state={{ record: { customerId: String(record.id) } }}
      label="resources.RetentionAction.schedule.button"
    >
      <EventIcon />
    </Button>
  );
}
