// The two forms a server sends a file in, defined once: brotli at quality 11 (what servers and
// CDNs send to every current browser) and gzip -9. tools/precompress.mjs writes them beside the
// bundle's files, and .ci/size-report measures with them, so what is measured is what is sent.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** `bytes` in brotli, at the highest quality. */
export const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });

/** `bytes` in gzip, at the highest level. */
export const gzip = (bytes) => gzipSync(bytes, { level: 9 });

/** A precompressed form's name (name.br, name.gz), which is not a file of its own. */
export const PRECOMPRESSED = /\.(br|gz)$/;
