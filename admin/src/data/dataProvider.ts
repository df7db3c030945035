// The console's dataProvider: a thin proxy that loads the GraphQL provider (and Apollo) on first use,
// keeping them out of the entry chunk, and rebuilds it when the bearer token changes.
import type { DataProvider } from "react-admin";
import { getToken } from "../auth/session.ts";
import { toHttpError } from "./dataErrors.ts";
import { expandRangeFilters } from "./rangeFilters.ts";

let cached: { token: string | null; provider: Promise<DataProvider> } | undefined;

function currentProvider(): Promise<DataProvider> {
  const token = getToken();
  if (!cached || cached.token !== token) {
    const provider = import("./buildGraphqlDataProvider.ts").then((m) => m.buildGraphqlDataProvider(token));
    cached = { token, provider };
    provider.catch(() => {
      if (cached?.provider === provider) cached = undefined; // e.g. the API was down: try again next time
    });
  }
  return cached.provider;
}

async function call<K extends keyof DataProvider>(method: K, ...args: Parameters<DataProvider[K]>) {
  try {
    const provider = await currentProvider();
    return await (provider[method] as (...a: unknown[]) => Promise<unknown>)(...args);
  } catch (error) {
    throw toHttpError(error);
  }
}

export const dataProvider = {
  getList: (resource, params) => call("getList", resource, { ...params, filter: expandRangeFilters(params.filter) }),
  getOne: (resource, params) => call("getOne", resource, params),
  getMany: (resource, params) => call("getMany", resource, params),
  getManyReference: (resource, params) => call("getManyReference", resource, { ...params, filter: expandRangeFilters(params.filter) }),
  create: (resource, params) => call("create", resource, params),
  update: (resource, params) => call("update", resource, params),
  updateMany: (resource, params) => call("updateMany", resource, params),
  delete: (resource, params) => call("delete", resource, params),
  deleteMany: (resource, params) => call("deleteMany", resource, params),
} as DataProvider;
