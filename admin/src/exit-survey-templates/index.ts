// The ExitSurveyTemplate resource (read): the questions each survey version asks.
import QuizIcon from "@mui/icons-material/Quiz";
import { lazy } from "react";
import type { ResourceConfig } from "../resourceConfig.ts";

const exitSurveyTemplates: ResourceConfig = {
  list: lazy(() => import("./ExitSurveyTemplateList.tsx")),
  show: lazy(() => import("./ExitSurveyTemplateShow.tsx")),
  icon: QuizIcon,
  recordRepresentation: "name",
};

export default exitSurveyTemplates;
