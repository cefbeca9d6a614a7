import { defineConfig } from "vite";

export default defineConfig({
  // The app is served by Tauri from embedded files; relative URLs keep it independent of origin.
  base: "./",
  clearScreen: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    // Inline assets would become data: URLs in scripts and styles; keep every asset a file so the
    // CSP can stay at 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
