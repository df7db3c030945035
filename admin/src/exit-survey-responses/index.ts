// The ExitSurveyResponse resource (read): answers from the customer's link, the phone or the console.
import RateReviewIcon from "@mui/icons-material/RateReview";
import { lazy } from "react";
import type { ResourceConfig } from "../resourceConfig.ts";

const exitSurveyResponses: ResourceConfig = {
  list: lazy(() => import("./ExitSurveyResponseList.tsx")),
  show: lazy(() => import("./ExitSurveyResponseShow.tsx")),
  icon: RateReviewIcon,
  recordRepresentation: (record) => `#${record.id}`,
};

export default exitSurveyResponses;
