// react-admin's authProvider over the API's staff auth: login/me/logout mutations and a bearer token.
import type { AuthProvider } from "react-admin";
import { GraphqlRequestError, graphqlRequest } from "./graphqlRequest.ts";
import { clearSession, getStoredUser, getToken, type StaffUser, saveSession, saveUser } from "./session.ts";

const USER_FIELDS = "id email name role locale";
const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token user { ${USER_FIELDS} } } }`;
const ME = `query Me { me { ${USER_FIELDS} } }`;
const LOGOUT = "mutation Logout { logout }";

/** The i18n key of the message to show for a failed sign-in. */
function loginErrorKey(error: unknown): string {
  const code = error instanceof GraphqlRequestError ? error.code : undefined;
  if (code === "UNAUTHENTICATED") return "churnstile.auth.invalid_credentials";
  if (code === "BAD_USER_INPUT") return "churnstile.auth.bad_input";
  if (code === "NETWORK" || (error instanceof GraphqlRequestError && (error.status ?? 0) >= 500)) return "churnstile.auth.unavailable";
  return "ra.auth.sign_in_error";
}

interface ErrorLike {
  status?: number;
  body?: { graphQLErrors?: { extensions?: { code?: string } }[] };
  graphQLErrors?: { extensions?: { code?: string } }[];
  code?: string;
}

/** True for an error that means the token is missing, expired or revoked (from the data provider or our own calls). */
export function isUnauthenticated(error: unknown): boolean {
  const e = (error ?? {}) as ErrorLike;
  const graphQLErrors = e.body?.graphQLErrors ?? e.graphQLErrors ?? [];
  return e.status === 401 || e.code === "UNAUTHENTICATED" || graphQLErrors.some((g) => g.extensions?.code === "UNAUTHENTICATED");
}

export const authProvider: AuthProvider = {
  async login({ email, password }: { email: string; password: string }) {
    try {
      const { login } = await graphqlRequest<{ login: { token: string; user: StaffUser } }>(LOGIN, { email, password });
      saveSession(login.token, login.user);
    } catch (error) {
      throw new Error(loginErrorKey(error));
    }
  },

  async logout() {
    if (getToken()) await graphqlRequest(LOGOUT).catch(() => undefined); // the session may already be gone server-side
    clearSession();
  },

  async checkAuth() {
    // message: false — a visitor who never signed in just sees the sign-in page, without an error toast
    if (!getToken()) throw { message: false };
  },

  async checkError(error) {
    // The token stays until logout() runs, so that react-admin still shows "your session has ended".
    if (isUnauthenticated(error)) throw new Error("ra.notification.logged_out");
  },

  async getIdentity() {
    const { me } = await graphqlRequest<{ me: StaffUser | null }>(ME);
    if (!me) throw new GraphqlRequestError("not signed in", "UNAUTHENTICATED");
    saveUser(me);
    return { id: me.id, fullName: me.name, email: me.email, role: me.role };
  },

  async getPermissions() {
    return getStoredUser()?.role;
  },
};
