import { execFileSync } from "node:child_process";

/** The CLI and package tests run the real build, so build once before any test. */
export default function setup(): void {
  execFileSync("npx", ["tsup", "--silent"], { stdio: "inherit" });
}
