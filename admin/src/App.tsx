// The console: react-admin over the GraphQL API, in the chosen language and its writing direction.
import { Admin, type I18nProvider, Resource } from "react-admin";
import { authProvider } from "./auth/authProvider.ts";
import { LoginPage } from "./auth/LoginPage.tsx";
import { canWrite } from "./auth/permissions.ts";
import { dataProvider } from "./data/dataProvider.ts";
import { useCurrentLocale } from "./i18n/localeStore.ts";
import { directionOf } from "./i18n/locales.ts";
import { RESOURCES } from "./resources.ts";
import { DirectionProvider } from "./theme/DirectionProvider.tsx";
import { themesFor } from "./theme/themes.ts";

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
        lightTheme={themes.light}
        darkTheme={themes.dark}
        requireAuth
        disableTelemetry
      >
        {(permissions) =>
          RESOURCES.map(({ name, config }) => (
            <Resource
              key={name}
              name={name}
              list={config.list}
              show={config.show}
              edit={canWrite(permissions) ? config.edit : undefined}
              create={canWrite(permissions) ? config.create : undefined}
              icon={config.icon}
              recordRepresentation={config.recordRepresentation}
            />
          ))
        }
      </Admin>
    </DirectionProvider>
  );
}
