// The console: react-admin over the GraphQL API, in the chosen language and its writing direction.
import { lazy } from "react";
import { Admin, type I18nProvider } from "react-admin";
import { authProvider } from "./auth/authProvider.ts";
import { LoginPage } from "./auth/LoginPage.tsx";
import { dataProvider } from "./data/dataProvider.ts";
import { useCurrentLocale } from "./i18n/localeStore.ts";
import { directionOf } from "./i18n/locales.ts";
import { publicSurveyRoutes } from "./public-survey/index.tsx";
import { resourceElements } from "./resourceElements.tsx";
import { DirectionProvider } from "./theme/DirectionProvider.tsx";
import { themesFor } from "./theme/themes.ts";

const Dashboard = lazy(() => import("./dashboard/Dashboard.tsx"));

export function App({ i18nProvider }: { i18nProvider: I18nProvider }) {
  const direction = directionOf(useCurrentLocale());
  const themes = themesFor(direction);
  return (
    <DirectionProvider direction={direction}>
      <Admin
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        loginPage={LoginPage}
        dashboard={Dashboard}
        lightTheme={themes.light}
        darkTheme={themes.dark}
        requireAuth
        disableTelemetry
      >
        {publicSurveyRoutes}
        {(permissions) => resourceElements(permissions)}
      </Admin>
    </DirectionProvider>
  );
}
