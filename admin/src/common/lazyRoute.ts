// An extra route under a resource (react-router's <Route> through react-admin's router adapter),
// its page loaded lazily so that it stays out of the entry chunk.
import { type ComponentType, createElement, type LazyExoticComponent, Suspense } from "react";
import { Loading, reactRouterProvider } from "react-admin";

export function lazyRoute(path: string, page: LazyExoticComponent<ComponentType>) {
  const { Route } = reactRouterProvider;
  return createElement(Route, {
    key: path,
    path,
    element: createElement(Suspense, { fallback: createElement(Loading) }, createElement(page)),
  });
}
