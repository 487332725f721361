// A small static file server for the built bundle, used by the end-to-end tests, the
// screenshots and the benchmark. Loopback only. Usage: node serve.mjs <dir> [port]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * Serves `dir` on 127.0.0.1:`port` (0 picks a free port); resolves to { server, url }.
 * `aliases` maps URL prefixes to other folders (e.g. { "/vendor/": "node_modules/pym.js/dist" });
 * paths that match `refuse` (a RegExp) get a 404, as a broken deployment would answer.
 * `brotli`: every answer is sent in brotli (quality 11) to a browser that accepts it, as a
 * server or CDN sends it, for the benchmarks that throttle the network.
 */
export function serve(dir, port = 0, headers = {}, aliases = {}, refuse = null, brotli = false) {
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
      if (refuse?.test(path)) throw new Error("refused");
      let root = resolve(dir);
      for (const [prefix, folder] of Object.entries(aliases)) {
        if (path.startsWith(prefix)) {
          root = resolve(folder);
          path = path.slice(prefix.length - 1);
        }
      }
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error("outside the root");
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      const encoded = brotli && /\bbr\b/.test(req.headers["accept-encoding"] ?? "");
      if (encoded) {
        if (!compressed.has(file)) compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        body = compressed.get(file);
      }
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...(encoded && { "content-encoding": "br" }),
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  return new Promise((done) =>
    server.listen(port, "127.0.0.1", () => done({ server, url: `http://127.0.0.1:${server.address().port}` })),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await serve(process.argv[2] ?? "dist", Number(process.argv[3] ?? 8080));
  console.log(`serving ${process.argv[2] ?? "dist"} at ${url}/`);
}
