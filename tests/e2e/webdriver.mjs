// A minimal W3C WebDriver client on node's fetch: just the calls the specs use.

const ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriverError extends Error {
  constructor(method, path, status, body) {
    const detail = body?.value?.message ?? JSON.stringify(body);
    super(`${method} ${path} failed (${status}): ${detail}`);
    this.error = body?.value?.error;
  }
}

async function request(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    json = { value: { message: text } };
  }
  if (!response.ok) throw new WebDriverError(method, path, response.status, json);
  return json.value;
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }
  #path(suffix) {
    return `/element/${this.id}${suffix}`;
  }
  text() {
    return this.session.call("GET", this.#path("/text"));
  }
  /** Scrolls the element to the middle of its scroll container first: WebKitWebDriver refuses
   * clicks on elements that sit below the fold of an inner scrolling pane. */
  async click() {
    await this.session.execute("arguments[0].scrollIntoView({ block: 'center' });", this.reference());
    return this.session.call("POST", this.#path("/click"), {});
  }
  reference() {
    return { [ELEMENT_KEY]: this.id };
  }
  clear() {
    return this.session.call("POST", this.#path("/clear"), {});
  }
  type(text) {
    return this.session.call("POST", this.#path("/value"), { text });
  }
  attribute(name) {
    return this.session.call("GET", this.#path(`/attribute/${encodeURIComponent(name)}`));
  }
  property(name) {
    return this.session.call("GET", this.#path(`/property/${encodeURIComponent(name)}`));
  }
  displayed() {
    return this.session.call("GET", this.#path("/displayed"));
  }
}

export class Session {
  /** `afterDelete` runs once the session has ended, for checks of what the app left behind. */
  constructor(base, id, afterDelete = () => {}) {
    this.base = base;
    this.id = id;
    this.afterDelete = afterDelete;
  }

  static async create(base, capabilities, afterDelete) {
    const value = await request(base, "POST", "/session", { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, value.sessionId, afterDelete);
  }

  call(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  async find(css) {
    const value = await this.call("POST", "/element", { using: "css selector", value: css });
    return new Element(this, value[ELEMENT_KEY]);
  }

  async findAll(css) {
    const values = await this.call("POST", "/elements", { using: "css selector", value: css });
    return values.map((value) => new Element(this, value[ELEMENT_KEY]));
  }

  title() {
    return this.call("GET", "/title");
  }

  execute(script, ...args) {
    return this.call("POST", "/execute/sync", { script, args });
  }

  /** Presses a key with modifiers, e.g. keys(["\uE009", "k"]) for Ctrl+K. */
  async keys(keys) {
    const down = keys.map((value) => ({ type: "keyDown", value }));
    const up = [...keys].reverse().map((value) => ({ type: "keyUp", value }));
    await this.call("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions: [...down, ...up] }] });
    await this.call("DELETE", "/actions");
  }

  /** Polls `probe` until it returns a truthy value; the last error explains a timeout. */
  async waitFor(description, probe, timeoutMs = 15000) {
    const deadline = Date.now() + timeoutMs;
    let lastError;
    while (Date.now() < deadline) {
      try {
        const value = await probe();
        if (value) return value;
      } catch (error) {
        lastError = error;
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}${lastError ? `: ${lastError.message}` : ""}`);
  }

  /** Waits for an element matching `css` and returns it. */
  waitForElement(css, timeoutMs) {
    return this.waitFor(`an element matching ${css}`, () => this.find(css), timeoutMs);
  }

  async delete() {
    await this.call("DELETE", "");
    await this.afterDelete();
  }
}
