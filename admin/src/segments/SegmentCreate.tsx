// Create a segment.
import { Create } from "react-admin";
import { ruleFromText } from "./ruleText.ts";
import { SegmentForm } from "./SegmentForm.tsx";

export default function SegmentCreate() {
  return (
    <Create redirect="show" transform={ruleFromText}>
      <SegmentForm isCreate />
    </Create>
  );
}
