/** The reference filters, in our language and in each peer's, for the same query. */
export interface Reference {
  readonly label: string;
  readonly ours: string;
  readonly liqe?: string;
  readonly rsql?: string;
  readonly searchQuery?: { text: string; keywords: string[]; ranges?: string[] };
  readonly cel?: string;
}

const TEN = Array.from({ length: 10 }, (_, i) => i + 1);

export const REFERENCES: readonly Reference[] = [
  {
    label: "1 condition",
    ours: 'status == "active"',
    liqe: "status:active",
    rsql: "status==active",
    searchQuery: { text: "status:active", keywords: ["status"] },
    cel: 'status == "active"',
  },
  {
    label: "3 conditions",
    ours: 'status == "active" and ratings in (4,5) and region.name == "eu-west"',
    liqe: "status:active AND (ratings:4 OR ratings:5) AND region.name:eu-west",
    rsql: "status==active;ratings=in=(4,5);region.name==eu-west",
    searchQuery: { text: "status:active ratings:4,5 region.name:eu-west", keywords: ["status", "ratings", "region.name"] },
    cel: 'status == "active" && ratings in [4, 5] && region.name == "eu-west"',
  },
  {
    label: "5 conditions",
    ours: `status == "active" and ratings in (${TEN.join(", ")}) and priority >= 2 and priority <= 8 and region.name == "eu-west"`,
    // liqe has no list syntax: the list is ten `or`s for it.
    liqe: `status:active AND (${TEN.map((n) => `ratings:${n}`).join(" OR ")}) AND priority:>=2 AND priority:<=8 AND region.name:eu-west`,
    rsql: `status==active;ratings=in=(${TEN.join(",")});priority=ge=2;priority=le=8;region.name==eu-west`,
    searchQuery: { text: `status:active ratings:${TEN.join(",")} priority:2-8 region.name:eu-west`, keywords: ["status", "ratings", "region.name"], ranges: ["priority"] },
    cel: `status == "active" && ratings in [${TEN.join(", ")}] && priority >= 2 && priority <= 8 && region.name == "eu-west"`,
  },
  {
    label: "or + parens",
    ours: '(status == "a" or status == "b" or status in ("c", "d")) and (tier == 1 or tier == 2) and creator == "u1"',
    liqe: "(status:a OR status:b OR status:c OR status:d) AND (tier:1 OR tier:2) AND creator:u1",
    rsql: "(status==a,status==b,status=in=(c,d));(tier==1,tier==2);creator==u1",
    cel: '(status == "a" || status == "b" || status in ["c", "d"]) && (tier == 1 || tier == 2) && creator == "u1"',
  },
  {
    label: "worst legal (9,350 chars)",
    // Five 10-value lists of long strings: as much text and output as the default limits allow.
    ours: worstLegal(),
  },
];

function worstLegal(): string {
  const value = (field: number, i: number) => `"${String.fromCharCode(97 + i)}${"x".repeat(180)}${field}"`;
  const list = (field: number) => `f${field} in (${TEN.map((_, i) => value(field, i)).join(", ")})`;
  return [1, 2, 3, 4, 5].map(list).join(" and ");
}
