// Check Mermaid diagrams with Mermaid itself, in headless Chromium: each is parsed by mermaid.parse and, when
// asked, drawn by mermaid.render, all in one page (mermaid-cli's mmdc opens a page per diagram: seconds each,
// too slow for 600 of them; drawing takes about as long, so a large set is parsed and a sample drawn).
// Reads a JSON list of {text, render} from the file named; prints a JSON list, per diagram: ok, the error, and, when
// drawn, what the drawing holds (entity names, relationship lines).
// Usage: node check_diagrams.mjs DIAGRAMS.json   (PUPPETEER_EXECUTABLE_PATH names the browser)
import puppeteer from "puppeteer";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const diagrams = JSON.parse(readFileSync(process.argv[2], "utf-8"));
const mermaid_js = require.resolve("mermaid/dist/mermaid.min.js");
const browser = await puppeteer.launch({
  headless: true,
  args: ["--no-sandbox", "--disable-gpu"],
  executablePath: process.env.PUPPETEER_EXECUTABLE_PATH,
});
try {
  const page = await browser.newPage();
  await page.setContent("<!DOCTYPE html><html><body><div id='out'></div></body></html>");
  await page.addScriptTag({ path: mermaid_js });
  await page.evaluate(() =>
    mermaid.initialize({ startOnLoad: false, securityLevel: "strict", maxTextSize: 1000000 }),
  );
  const results = [];
  for (const [index, diagram] of diagrams.entries()) {
    results.push(
      await page.evaluate(
        async (index, text, render) => {
          try {
            await mermaid.parse(text);
            if (!render) return { ok: true };
            const out = document.getElementById("out");
            out.innerHTML = (await mermaid.render(`d${index}`, text)).svg;
            return {
              ok: true,
              entities: [...out.querySelectorAll("g.node .label.name")].map((label) => label.textContent.trim()),
              edges: out.querySelectorAll("path.relationshipLine").length,
            };
          } catch (error) {
            return { ok: false, error: String(error && error.message ? error.message : error) };
          }
        },
        index,
        diagram.text,
        diagram.render,
      ),
    );
  }
  console.log(JSON.stringify(results));
} finally {
  await browser.close();
}
