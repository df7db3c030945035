// The sign-in page: e-mail and password (the API's staff login), with the language menu above the form.
import { Box } from "@mui/material";
import { LocalesMenuButton, Login, LoginForm, PasswordInput, required, TextInput, useTranslate } from "react-admin";

export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login>
      <Box sx={{ display: "flex", justifyContent: "center", pt: 1 }}>
        <LocalesMenuButton />
      </Box>
      <LoginForm>
        <TextInput autoFocus source="email" type="email" autoComplete="email" label={translate("ra.auth.email")} validate={required()} />
        <PasswordInput source="password" autoComplete="current-password" label={translate("ra.auth.password")} validate={required()} />
      </LoginForm>
    </Login>
  );
}
