// Bulk actions of the customer list for segments kept by hand (STATIC): add the selected customers to one, and,
// while the list is narrowed to a static segment, take them out of it (addSegmentMembers / removeSegmentMembers).
import GroupAddIcon from "@mui/icons-material/GroupAdd";
import GroupRemoveIcon from "@mui/icons-material/GroupRemove";
import { Autocomplete, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from "@mui/material";
import { useState } from "react";
import { Button, useGetList, useGetOne, useListContext, useNotify, useTranslate, useUnselectAll } from "react-admin";
import { ApiErrorAlert } from "../common/ApiErrorAlert.tsx";
import { useApiMutation } from "../data/api.ts";

interface Segment {
  id: string;
  name: string;
}

const ADD = `mutation($segmentId: ID!, $customerIds: [ID!]!) { addSegmentMembers(segmentId: $segmentId, customerIds: $customerIds) { id name memberCount } }`;
const REMOVE = `mutation($segmentId: ID!, $customerIds: [ID!]!) { removeSegmentMembers(segmentId: $segmentId, customerIds: $customerIds) { id name memberCount } }`;
type Result = { addSegmentMembers?: Segment; removeSegmentMembers?: Segment };

function useMembershipChange(mutation: string, done: string) {
  const { selectedIds } = useListContext();
  const unselectAll = useUnselectAll("Customer");
  const notify = useNotify();
  const change = useApiMutation<Result, Record<string, unknown>>(mutation);
  const run = (segment: Segment, onSuccess?: () => void) =>
    change.mutate(
      { segmentId: segment.id, customerIds: selectedIds.map(String) },
      {
        onSuccess: () => {
          notify(done, { type: "success", messageArgs: { smart_count: selectedIds.length, name: segment.name } });
          unselectAll();
          onSuccess?.();
        },
      },
    );
  return { run, change };
}

export function AddToSegmentButton() {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<Segment | null>(null);
  const { run, change } = useMembershipChange(ADD, "resources.Segment.membership.added");
  const { data: segments = [], isPending } = useGetList<Segment>(
    "Segment",
    { filter: { kind: "STATIC" }, pagination: { page: 1, perPage: 100 }, sort: { field: "name", order: "ASC" } },
    { enabled: open },
  );
  const close = () => {
    setOpen(false);
    change.reset();
  };
  return (
    <>
      <Button label="resources.Segment.membership.add" onClick={() => setOpen(true)}>
        <GroupAddIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="xs">
        <DialogTitle>{translate("resources.Segment.membership.add")}</DialogTitle>
        <DialogContent>
          <Autocomplete
            options={segments}
            loading={isPending}
            value={picked}
            onChange={(_, s) => setPicked(s)}
            getOptionLabel={(s) => s.name}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            noOptionsText={translate("resources.Segment.membership.none")}
            renderInput={(params) => <TextField {...params} margin="dense" label={translate("resources.Segment.membership.pick")} />}
          />
          <ApiErrorAlert error={change.error} />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} />
          <Button
            label="resources.Segment.membership.add"
            variant="contained"
            disabled={!picked || change.isPending}
            onClick={() => picked && run(picked, close)}
          />
        </DialogActions>
      </Dialog>
    </>
  );
}

/** Shown only while the list is narrowed to a STATIC segment: the selected rows leave that segment. */
export function RemoveFromSegmentButton() {
  const { filterValues } = useListContext();
  const segmentId = filterValues?.segmentId as string | undefined;
  const { data: segment } = useGetOne<Segment & { kind: string }>("Segment", { id: segmentId ?? "" }, { enabled: !!segmentId });
  const { run, change } = useMembershipChange(REMOVE, "resources.Segment.membership.removed");
  if (segment?.kind !== "STATIC") return null;
  return (
    <>
      <Button label="resources.Segment.membership.remove" disabled={change.isPending} onClick={() => run(segment)}>
        <GroupRemoveIcon />
      </Button>
      <ApiErrorAlert error={change.error} />
    </>
  );
}
