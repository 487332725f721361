// Reading a WebAssembly file's sections, for the build's reports (.ci/wasm-features,
// .ci/wasm-sizes): its custom sections by name, and the size of each function's code by the
// name its `name` section gives it.

/** The unsigned LEB128 number at `at` in `bytes`, and where the next field starts. */
export function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** The UTF-8 text of `length` bytes at `at`. */
export const text = (bytes, at, length) => Buffer.from(bytes.subarray(at, at + length)).toString("utf8");

/** Every section: its id, its name for a custom section (id 0), and where its content (after
 * a custom section's name) starts and ends. */
export function sections(bytes) {
  const found = [];
  for (let at = 8; at < bytes.length; ) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    let content = start;
    let name = null;
    if (id === 0) {
      const [length, nameAt] = leb(bytes, start);
      name = text(bytes, nameAt, length);
      content = nameAt + length;
    }
    found.push({ id, name, start: content, end: start + size });
    at = start + size;
  }
  return found;
}

/** The entries of the import section: each one's module and field names, its kind (0 for a
 * function), and where its descriptor (what follows the kind) starts and the entry ends. */
export function imports(bytes) {
  const section = sections(bytes).find((s) => s.id === 2);
  if (!section) return [];
  const found = [];
  let [count, at] = leb(bytes, section.start);
  while (count-- > 0) {
    const names = [];
    for (let field = 0; field < 2; field++) {
      const [length, next] = leb(bytes, at);
      names.push(text(bytes, next, length));
      at = next + length;
    }
    const kind = bytes[at++];
    const descriptor = at;
    if (kind === 0) {
      at = leb(bytes, at)[1];
    } else if (kind === 1) {
      const flags = bytes[at + 1];
      at = leb(bytes, at + 2)[1];
      if (flags & 1) at = leb(bytes, at)[1];
    } else if (kind === 2) {
      const flags = bytes[at];
      at = leb(bytes, at + 1)[1];
      if (flags & 1) at = leb(bytes, at)[1];
    } else {
      at += 2;
    }
    found.push({ module: names[0], field: names[1], kind, descriptor, end: at });
  }
  return found;
}

/** The bytes of each function's code, by its name in the `name` section (functions without one
 * are `#index`); imported functions have no code and are not listed. */
export function functionSizes(bytes) {
  const all = sections(bytes);
  let imported = 0;
  const codeSizes = [];
  const names = new Map();
  for (const section of all) {
    let [count, at] = section.id === 10 ? leb(bytes, section.start) : [0, 0];
    if (section.id === 2) {
      // Only imported functions take a function index.
      imported = imports(bytes).filter((entry) => entry.kind === 0).length;
    } else if (section.id === 10) {
      while (count-- > 0) {
        const [size, body] = leb(bytes, at);
        codeSizes.push(size);
        at = body + size;
      }
    } else if (section.id === 0 && section.name === "name") {
      // Subsections: 1 holds the functions' names, by index.
      for (let sub = section.start; sub < section.end; ) {
        const kind = bytes[sub];
        const [size, start] = leb(bytes, sub + 1);
        if (kind === 1) {
          let [entries, cursor] = leb(bytes, start);
          while (entries-- > 0) {
            const [index, lengthAt] = leb(bytes, cursor);
            const [length, nameAt] = leb(bytes, lengthAt);
            names.set(index, text(bytes, nameAt, length));
            cursor = nameAt + length;
          }
        }
        sub = start + size;
      }
    }
  }
  const sizes = new Map();
  codeSizes.forEach((size, n) => {
    const name = names.get(n + imported) ?? `#${n + imported}`;
    sizes.set(name, (sizes.get(name) ?? 0) + size);
  });
  return sizes;
}
