// "About Dossier": the app's version, the policy pack it reads exports against, and that it
// works offline. A modal dialog from the header; Escape or Close ends it.

import { h, replace } from "./dom";
import { commands, messageOf } from "./ipc/commands";

export async function openAbout(): Promise<void> {
  const existing = document.querySelector<HTMLDialogElement>("dialog.about");
  if (existing) {
    existing.querySelector<HTMLElement>("button")?.focus();
    return;
  }
  const close = h("button", { class: "primary", attrs: { type: "button", id: "close-about" } }, "Close");
  const body = h("div", { class: "about-body" }, h("p", { class: "muted" }, "Loading…"));
  const dialog = h("dialog", { class: "about", attrs: { "aria-labelledby": "about-title" } }, h("h2", { attrs: { id: "about-title" } }, "About Dossier"), body, h("div", { class: "about-actions" }, close));
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => dialog.remove());
  document.body.appendChild(dialog);
  dialog.showModal();
  close.focus();
  try {
    const about = await commands.about();
    replace(body, 
      h("p", { attrs: { "data-about": "version" } }, `Version ${about.version}`),
      h("p", { attrs: { "data-about": "policy" } }, `Policy pack: ${about.policy_company}, ${about.policy_title}, effective ${about.policy_effective_date}`),
      h("p", { attrs: { "data-about": "offline" } }, "Dossier works offline: the exports you open are read on this computer and nothing is sent anywhere."),
    );
  } catch (error) {
    replace(body, h("p", { class: "error-message", attrs: { role: "alert" } }, messageOf(error)));
  }
}
