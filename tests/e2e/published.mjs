// Stories as a newsroom publishes them while they develop, for the refresh spec and benchmark:
// a loopback server on an origin of its own, which any site may read (CORS), with an ETag for
// each version and a 304 when the browser's copy is current.
import { createServer } from "node:http";
import { createHash } from "node:crypto";

/** Serves, at each path, the story `storyOf(path)` gives (an object whose `text` may change;
 * its `requests` and `notModified` are counted when present), or a 404; resolves to
 * { server, base }. */
export async function publishStories(storyOf) {
  const server = createServer((req, res) => {
    const story = storyOf(req.url);
    if (!story) {
      res.writeHead(404, { "Access-Control-Allow-Origin": "*" });
      res.end();
      return;
    }
    story.requests = (story.requests ?? 0) + 1;
    const etag = `"${createHash("sha1").update(story.text).digest("hex")}"`;
    const headers = { "Access-Control-Allow-Origin": "*", ETag: etag, "Cache-Control": "no-cache" };
    if (req.headers["if-none-match"] === etag) {
      story.notModified = (story.notModified ?? 0) + 1;
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, "Content-Type": "application/json" });
    res.end(story.text);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}
