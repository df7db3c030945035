// Edit a segment (optimistic locking on its version).
import { Edit } from "react-admin";
import { ruleFromText, SEGMENT_FIELDS } from "./ruleText.ts";
import { SegmentForm } from "./SegmentForm.tsx";

export default function SegmentEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={ruleFromText} queryOptions={{ meta: { sparseFields: SEGMENT_FIELDS } }}>
      <SegmentForm />
    </Edit>
  );
}
