// "Save report…": the open export's report as one self-contained HTML file, value-free, written
// where the person chooses (never inside the export).

import { save } from "@tauri-apps/plugin-dialog";
import { replace } from "./dom";
import { commands, messageOf } from "./ipc/commands";

/** Asks where to save the report, saves it, and says what happened in `status`. */
export async function chooseAndSaveReport(status: HTMLElement): Promise<void> {
  const say = (message: string, failed = false) => {
    status.classList.toggle("failed", failed);
    replace(status, message);
  };
  try {
    const path = await save({ title: "Save the report", defaultPath: "dossier-report.html", filters: [{ name: "Web page", extensions: ["html"] }] });
    if (!path) return;
    const where = await commands.saveReport(path, []);
    say(`Report saved to ${where}. It holds no value of the export.`);
  } catch (error: unknown) {
    say(messageOf(error), true);
  }
}
