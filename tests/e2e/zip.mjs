// Writes a small zip, for test exports made inside the tests: entries stored or deflated, and
// optionally hostile (central-directory records that share one entry's data).

import { writeFileSync } from "node:fs";
import { crc32, deflateRawSync } from "node:zlib";

const STORED = 0;
const DEFLATED = 8;

function localHeader(nameBytes, entry) {
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt16LE(0x0800, 6); // names are UTF-8
  local.writeUInt16LE(entry.method, 8);
  local.writeUInt32LE(entry.crc, 14);
  local.writeUInt32LE(entry.stored.length, 18);
  local.writeUInt32LE(entry.size, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  return local;
}

function centralRecord(nameBytes, entry, offset) {
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(entry.method, 10);
  central.writeUInt32LE(entry.crc, 16);
  central.writeUInt32LE(entry.stored.length, 20);
  central.writeUInt32LE(entry.size, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(offset, 42);
  return Buffer.concat([central, nameBytes]);
}

/**
 * `entries` maps a name inside the zip to its text or bytes. Options:
 * - `deflate`: names whose data is deflated rather than stored;
 * - `aliases`: maps more names to an entry's name; the central directory lists each as a file of
 *   its own whose data is that entry's (an overlapping-entries zip bomb).
 */
export function writeZip(path, entries, { deflate = [], aliases = {} } = {}) {
  const parts = [];
  const written = new Map();
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
    const compressed = deflate.includes(name);
    const entry = {
      method: compressed ? DEFLATED : STORED,
      crc: crc32(data) >>> 0,
      size: data.length,
      stored: compressed ? deflateRawSync(data) : data,
    };
    const nameBytes = Buffer.from(name, "utf8");
    parts.push(localHeader(nameBytes, entry), nameBytes, entry.stored);
    written.set(name, { entry, offset });
    offset += 30 + nameBytes.length + entry.stored.length;
  }
  const listed = [...written, ...Object.entries(aliases).map(([alias, name]) => [alias, written.get(name)])];
  const directory = Buffer.concat(listed.map(([name, at]) => centralRecord(Buffer.from(name, "utf8"), at.entry, at.offset)));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(listed.length, 8);
  end.writeUInt16LE(listed.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...parts, directory, end]));
}
