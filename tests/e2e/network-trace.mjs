// Runs the app under strace and reads what it traced: every connect and send of the app and of
// the processes it starts (WebKit's web and network processes), for the no-network test.
//
// What is traced, and why the WebDriver connections are not mistaken for the app's traffic:
// tauri-driver and WebKitWebDriver talk to each other over loopback TCP in processes of their
// own, which strace never sees, because only the app is started under it (by a wrapper script
// that the driver launches in the app's place). WebKitWebDriver drives the app through WebKit's
// remote inspector: it hands the app a loopback address in WEBKIT_INSPECTOR_SERVER, the app
// serves the inspector there, and both WebKitWebDriver and the app's own inspector client connect
// to it. The wrapper records that address; a connect to exactly it, and sends on a socket one of
// whose ends is it, are the WebDriver channel. Any other IPv4 or IPv6 connect or send is the
// app's own, and fails the test.

import { chmodSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const TRACED_CALLS = "connect,sendto,sendmsg,sendmmsg";

/** Writes `dir`/app-under-strace, which runs `appBinary` with its arguments under strace. Each
 * launch (a retried session launches twice) keeps its own trace and address, named by the
 * wrapper's process id. */
export function wrapUnderStrace(dir, appBinary) {
  const wrapper = join(dir, "app-under-strace");
  const quote = (text) => `'${text.replaceAll("'", `'\\''`)}'`;
  writeFileSync(
    wrapper,
    [
      "#!/bin/sh",
      `printf '%s\\n' "\${WEBKIT_INSPECTOR_SERVER:-}" > ${quote(dir)}/launch-$$.inspector`,
      // -f follows every process and thread the app starts; -yy names each socket's endpoints;
      // --seccomp-bpf stops the app only at the traced calls, so it runs at nearly full speed.
      `exec strace -f -yy -qq --seccomp-bpf -e trace=${TRACED_CALLS} -e signal=none -o ${quote(dir)}/launch-$$.trace -- ${quote(appBinary)} "$@"`,
      "",
    ].join("\n"),
  );
  chmodSync(wrapper, 0o755);
  return wrapper;
}

/** Each launch's trace and the inspector address the wrapper recorded for it, from `dir`. */
export function readTraces(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".trace"))
    .map((name) => {
      const launch = join(dir, name.slice(0, -".trace".length));
      return {
        lines: readFileSync(`${launch}.trace`, "utf8").split("\n").filter(Boolean),
        inspectorAddress: readFileSync(`${launch}.inspector`, "utf8").trim(),
      };
    });
}

const INTERNET_ADDRESS = /sa_family=AF_INET6?\b/;
const IPV4_ADDRESS = /sa_family=AF_INET, sin_port=htons\((\d+)\), sin_addr=inet_addr\("([^"]+)"\)/;
const INTERNET_SOCKET = /<(?:TCP|UDP|TCPv6|UDPv6|UDPLITE|UDPLITEv6):\[([^\]]*)\]>/;

/** The traced lines that are IPv4 or IPv6 traffic other than the WebDriver channel at
 * `inspectorAddress` ("127.0.0.1:PORT"): a connect to another internet address, a send that
 * names an internet address, or a send on an internet socket neither of whose ends is the
 * channel's address. */
export function internetTraffic(lines, inspectorAddress) {
  return lines.filter((line) => {
    const call = /^\d+\s+(connect|sendto|sendmsg|sendmmsg)\(/.exec(line)?.[1];
    if (!call) return false;
    if (call === "connect") {
      const ipv4 = IPV4_ADDRESS.exec(line);
      return INTERNET_ADDRESS.test(line) && !(ipv4 && `${ipv4[2]}:${ipv4[1]}` === inspectorAddress);
    }
    if (INTERNET_ADDRESS.test(line)) return true;
    const endpoints = INTERNET_SOCKET.exec(line)?.[1];
    if (endpoints === undefined) return false;
    return !endpoints.split("->").includes(inspectorAddress);
  });
}
