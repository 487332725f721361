// The three browser engines readers use, through WebDriver (selenium-webdriver): Chromium
// (Chrome, Edge), Firefox (Gecko) and WebKit (Safari's engine, as WebKitGTK's MiniBrowser).
// Playwright drives only Chromium here (its own Firefox and WebKit builds cannot be installed),
// so the tests that must hold in every engine use this instead.
// The engine comes from ENGINE (chromium, firefox or webkit); WebKit needs .ci/with-webkit.
import { Builder, Capabilities } from "selenium-webdriver";
import chrome from "selenium-webdriver/chrome.js";
import firefox from "selenium-webdriver/firefox.js";
import { execFileSync } from "node:child_process";
import { CHROMIUM, CHROMIUM_FLAGS } from "./browser.mjs";

/** The engine of this run. */
export const ENGINE = process.env.ENGINE ?? "chromium";

const which = (command) => execFileSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).trim();

/** Starts a browser session of the engine, its window `width` × `height` CSS pixels. */
export async function session(width = 1280, height = 900) {
  let driver;
  if (ENGINE === "chromium") {
    const options = new chrome.Options()
      .setChromeBinaryPath(CHROMIUM)
      .addArguments("--headless=new", ...CHROMIUM_FLAGS, "--lang=fr-FR", `--window-size=${width},${height}`);
    driver = await new Builder()
      .forBrowser("chrome")
      .setChromeOptions(options)
      .setChromeService(new chrome.ServiceBuilder(which("chromedriver")))
      .build();
  } else if (ENGINE === "firefox") {
    const options = new firefox.Options()
      .setBinary(which("firefox-esr"))
      .addArguments("-headless", `--width=${width}`, `--height=${height}`)
      .setPreference("intl.accept_languages", "fr-FR")
      .setPreference("network.captive-portal-service.enabled", false)
      .setPreference("app.update.enabled", false);
    driver = await new Builder()
      .forBrowser("firefox")
      .setFirefoxOptions(options)
      .setFirefoxService(new firefox.ServiceBuilder(which("geckodriver")))
      .build();
  } else if (ENGINE === "webkit") {
    const url = process.env.WEBKIT_WEBDRIVER_URL;
    if (!url) throw new Error("ENGINE=webkit runs under .ci/with-webkit, which starts the driver");
    const capabilities = new Capabilities({ browserName: "MiniBrowser", ...JSON.parse(process.env.WEBKIT_CAPABILITIES) });
    driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
  } else {
    throw new Error(`ENGINE must be chromium, firefox or webkit, not ${ENGINE}`);
  }
  await fitViewport(driver, width, height);
  return driver;
}

/** Resizes the window until the page's viewport is `width` CSS pixels wide: window chrome
 * differs by engine. */
async function fitViewport(driver, width, height) {
  for (let tries = 0; tries < 3; tries++) {
    const inner = await driver.executeScript("return window.innerWidth");
    if (inner === width) return;
    const rect = await driver.manage().window().getRect();
    await driver.manage().window().setRect({ width: rect.width + (width - inner), height });
  }
}
