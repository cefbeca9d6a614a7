// A follow-up request to the company, written from what this export lacks: the categories the
// policy discloses and the export does not hold, data it holds that the policy does not
// disclose, files that could not be read, and the questions the policy's own gaps raise. The
// person edits it here and copies or saves it; Dossier never sends it.

import { save } from "@tauri-apps/plugin-dialog";
import { h, replace } from "../dom";
import { commands, messageOf } from "../ipc/commands";
import type { LetterForm, LetterView } from "../ipc/generated";

/** Today as `YYYY-MM-DD` in the user's own calendar, the default day of sending. */
function today(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

export function letterView(): HTMLElement {
  const law = h("select", { attrs: { id: "letter-law" } });
  const name = h("input", { attrs: { id: "letter-name", type: "text", autocomplete: "name" } });
  const email = h("input", { attrs: { id: "letter-email", type: "email", autocomplete: "email" } });
  const date = h("input", { attrs: { id: "letter-date", type: "date", value: today(), required: true } });
  const field = (label: string, control: HTMLElement, id: string) => h("div", { class: "letter-field" }, h("label", { attrs: { for: id } }, label), control);
  const form = h(
    "form",
    { class: "letter-form", attrs: { "aria-label": "About the letter" } },
    field("Law", law, "letter-law"),
    field("Your name", name, "letter-name"),
    field("Your account's e-mail", email, "letter-email"),
    field("Sent on", date, "letter-date"),
  );
  const heading = h("p", { class: "letter-to" });
  const text = h("textarea", { class: "letter-text", attrs: { id: "letter-text", rows: 22, spellcheck: true, "aria-label": "The letter, to edit before you send it" } });
  const status = h("p", { class: "small letter-status", attrs: { role: "status" } });
  const say = (message: string, failed = false) => {
    status.classList.toggle("failed", failed);
    replace(status, message);
  };
  const copy = h("button", { attrs: { type: "button", id: "letter-copy" } }, "Copy");
  const saveAs = h("button", { attrs: { type: "button", id: "letter-save" } }, "Save…");
  const rewrite = h("button", { attrs: { type: "button", id: "letter-rewrite", hidden: true } }, "Write it again from the findings");

  // Once the person edits the text, changing the form no longer replaces their words.
  let edited = false;
  let shown: LetterView | null = null;
  text.addEventListener("input", () => {
    edited = true;
    rewrite.hidden = false;
  });

  const formValue = (): LetterForm => ({ law: law.value || "gdpr", name: name.value, email: email.value, date: date.value });
  const write = (force: boolean): void => {
    if (edited && !force) {
      say("Your edits are kept. Use “Write it again from the findings” to start over with these details.");
      return;
    }
    commands
      .writeLetter(formValue())
      .then((view) => {
        shown = view;
        if (law.options.length === 0) {
          for (const option of view.laws) law.append(h("option", { attrs: { value: option.id, selected: option.id === view.law } }, option.name));
        }
        text.value = view.text;
        edited = false;
        rewrite.hidden = true;
        replace(heading, "To ", h("strong", {}, view.email), `: “${view.subject}”. The answer is due by ${view.deadline}.`);
        say(view.findings === 0 ? "This export shows no gaps of its own: the letter asks only what the policy leaves unanswered." : "Edit the letter as you wish, then copy it into an e-mail or save it. Dossier does not send it.");
      })
      .catch((error: unknown) => say(messageOf(error), true));
  };
  form.addEventListener("change", () => write(false));
  form.addEventListener("submit", (event) => event.preventDefault());
  rewrite.addEventListener("click", () => write(true));

  copy.addEventListener("click", () => {
    // The webview's clipboard API needs a secure context it may not grant; selecting the text
    // and copying works everywhere, and leaves the text selected for a manual copy if not.
    text.focus();
    text.select();
    const copied = document.execCommand("copy");
    say(copied ? "Copied. Paste it into an e-mail to the address above." : "Select the text and copy it with Ctrl+C (⌘C on a Mac).", !copied);
  });
  saveAs.addEventListener("click", () => {
    void save({ title: "Save the letter", defaultPath: `follow-up-request-${shown?.law ?? "letter"}.txt`, filters: [{ name: "Text", extensions: ["txt"] }] })
      .then((path) => (path ? commands.saveLetter(path, text.value).then((where) => say(`Saved to ${where}.`)) : undefined))
      .catch((error: unknown) => say(messageOf(error), true));
  });

  write(true);
  return h(
    "section",
    { class: "view letter", attrs: { "data-view": "letter" } },
    h("h1", {}, "Follow-up request"),
    h(
      "p",
      { class: "muted" },
      "A request to the company, written from what this export lacks and from what the policy leaves unanswered. It names categories, kinds of data and files, never a value from your export.",
    ),
    form,
    heading,
    // The actions above the text, so that they are in view without scrolling past the letter.
    h("div", { class: "letter-actions" }, copy, saveAs, rewrite),
    status,
    text,
  );
}
