// Takes screenshots of the real app window under Xvfb, in light and in dark, into the directory
// given as the first argument. Run through scripts/screenshots.sh.

import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { SAMPLE, startHarness } from "./harness.mjs";

const outDir = resolve(process.argv[2] ?? "docs/screenshots");
mkdirSync(outDir, { recursive: true });

// GTK's dark variant is what WebKitGTK reports to the page as prefers-color-scheme: dark.
const THEMES = { light: "Adwaita", dark: "Adwaita:dark" };

/** Each shot: the app's arguments, then what to do before the picture is taken. */
const SHOTS = [
  { name: "start", args: [], ready: (app) => app.waitForElement("[data-screen=start]") },
  { name: "export", args: [SAMPLE], ready: (app) => app.waitForElement("[data-screen=export]") },
  { name: "error", args: ["/no/such/export.zip"], ready: (app) => app.waitForElement("[data-screen=error]") },
];

for (const [theme, gtkTheme] of Object.entries(THEMES)) {
  const harness = await startHarness({ env: { GTK_THEME: gtkTheme } });
  try {
    for (const shot of SHOTS) {
      const app = await harness.launch(shot.args);
      try {
        await shot.ready(app);
        // Let layout and fonts settle before the picture.
        await new Promise((r) => setTimeout(r, 500));
        const file = join(outDir, `${shot.name}-${theme}.png`);
        harness.screenshot(file);
        console.log(`wrote ${file}`);
      } finally {
        await app.delete();
      }
    }
  } finally {
    await harness.stop();
  }
}
