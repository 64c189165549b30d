// Type-level test, checked by `npm run typecheck` (test/types/tsconfig.json) and by test/targets.test.ts:
// what toListParams and toBindingListOptions return is what the real packages' types accept,
// with no cast in the user's code.
import type { ImageListOptions } from "@cloudflare/workers-types/index.ts";
import Cloudflare from "cloudflare";
import type { V2ListParams } from "cloudflare/resources/images/v2/v2";
import { fromBindingListOptions, fromListParams, toBindingListOptions, toListParams } from "../../src/index.js";

const client = new Cloudflare({ apiToken: "token" });

export function listWithTheSdk(accountId: string) {
  return client.images.v2.list({ account_id: accountId, ...toListParams('status == "active" and ratings in (4, 5)', { perPage: 50 }) });
}

export const params: Omit<V2ListParams, "account_id"> = toListParams("priority >= 2");

export const options: ImageListOptions = toBindingListOptions('status == "active" and priority >= 2 and priority <= 8', { sortOrder: "desc" });

export function listWithTheBinding(images: { hosted: { list(options?: ImageListOptions): Promise<unknown> } }) {
  return images.hosted.list(toBindingListOptions('region.name == "eu-west"'));
}

// and back: existing code's params, typed by the packages themselves
declare const existing: V2ListParams;
declare const existingOptions: ImageListOptions;
export const fromSdk = fromListParams(existing);
export const fromBinding = fromBindingListOptions(existingOptions);
