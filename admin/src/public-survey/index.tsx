// The public exit-survey route: outside the console's layout and reachable without signing in
// (react-admin renders custom routes with noLayout whatever the auth state). The page is a lazy chunk.
import { CircularProgress } from "@mui/material";
import { lazy, Suspense } from "react";
import { CustomRoutes, reactRouterProvider } from "react-admin";
import { Centered } from "./Centered.tsx";

const PublicSurveyPage = lazy(() => import("./PublicSurveyPage.tsx"));
const { Route } = reactRouterProvider;

/** The path of a survey link inside the console: /admin/#/survey/<token>. */
export const SURVEY_PATH = "/survey/:token";

export const publicSurveyRoutes = (
  <CustomRoutes noLayout>
    <Route
      path={SURVEY_PATH}
      element={
        <Suspense
          fallback={
            <Centered>
              <CircularProgress aria-busy="true" />
            </Centered>
          }
        >
          <PublicSurveyPage />
        </Suspense>
      }
    />
  </CustomRoutes>
);
