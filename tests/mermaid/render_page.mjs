// Open an HTML report in headless Chromium, wait for Mermaid to draw every picture, and print what was drawn
// as JSON: per picture the entity names and the number of relationship lines, and the page's errors (a request
// for anything but the page itself or a data: URL is one: a report page is self-contained).
// Usage: node render_page.mjs PAGE.html [SCREENSHOT.png]   (PUPPETEER_EXECUTABLE_PATH names the browser)
import puppeteer from "puppeteer";
import { pathToFileURL } from "node:url";

const [page_path, screenshot] = process.argv.slice(2);
const browser = await puppeteer.launch({
  headless: true,
  args: ["--no-sandbox", "--disable-gpu"],
  executablePath: process.env.PUPPETEER_EXECUTABLE_PATH,
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  const href = pathToFileURL(page_path).href;
  page.on("request", (request) => {
    const url = request.url();
    if (url !== href && !url.startsWith("data:")) errors.push(`network request: ${url}`);
  });
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(href, { waitUntil: "load" });
  await page.waitForFunction(
    () => [...document.querySelectorAll("pre.mermaid")].every((pre) => pre.getAttribute("data-processed")),
    { timeout: 30000 },
  );
  const pictures = await page.evaluate(() =>
    [...document.querySelectorAll("pre.mermaid")].map((pre) => ({
      entities: [...pre.querySelectorAll("svg g.node .label.name")].map((label) => label.textContent.trim()),
      edges: pre.querySelectorAll("svg path.relationshipLine").length,
      error: pre.querySelector("svg .error-text") !== null || pre.textContent.includes("Syntax error"),
    })),
  );
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify({ pictures, errors }));
} finally {
  await browser.close();
}
