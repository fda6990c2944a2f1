/**
 * The browser tests' common frame: the built add-in (dist/) served on a local port and Chromium
 * launched before a file's tests, both closed after them. `set` receives the browser and the origin.
 */
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { launch, serveDist } from "../../tools/dev/browser";

export function servedPane(set: (served: { browser: Browser; origin: string }) => void, before: () => void = () => undefined): void {
  let server: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    before();
    const served = await serveDist();
    server = served.server;
    browser = await launch();
    set({ browser, origin: served.origin });
  }, 30000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
}
