// The console is served by the API under /admin/; in development Vite proxies the API's routes to it.
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";

export default defineConfig(({ mode }) => {
  // CHURNSTILE_API_URL (from the environment or an .env file here) points the dev proxy at another API.
  const env = loadEnv(mode, ".", "CHURNSTILE_");
  const target = env.CHURNSTILE_API_URL ?? "http://127.0.0.1:4000";
  const proxy = { "/graphql": { target, changeOrigin: true }, "/api": { target, changeOrigin: true } };
  return {
    base: "/admin/",
    plugins: [react()],
    server: { proxy },
    preview: { proxy },
    build: { outDir: "dist", emptyOutDir: true },
  };
});
