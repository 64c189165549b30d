// Preloaded into the README's SDK example: answers every request with one canned page and
// writes the URL that was asked for to $CAPTURE_FILE, so the test sees exactly what the SDK sent.
import { appendFileSync } from "node:fs";

globalThis.fetch = async (url) => {
  appendFileSync(process.env.CAPTURE_FILE, `${String(url)}\n`);
  const body = { success: true, errors: [], messages: [], result: { images: [{ id: "img-1" }, { id: "img-2" }], continuation_token: null } };
  return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
};
