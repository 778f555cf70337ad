package org.lccp.support;

import java.io.File;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its ChromeDriver for browser journeys; no tool downloads a
 * browser.
 */
public final class Browsers {

	private Browsers() {
	}

	/** A headless Chromium asking for pages in the given language (e.g. "ko-KR"). */
	public static WebDriver chromium(String language) {
		return chromium(language, 1280, 1000, true);
	}

	/**
	 * A headless Chromium with a window of the given size (375 wide for a phone), with or
	 * without JavaScript.
	 */
	public static WebDriver chromium(String language, int width, int height, boolean javascript) {
		var options = new ChromeOptions();
		options.setBinary(System.getProperty("lccp.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=" + width + "," + height, "--lang=" + language);
		// Headless Chromium ignores --lang for the Accept-Language header; the preference
		// sets it.
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language,
				"profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
		if (width < 500) {
			// Desktop windows have a minimum width; a phone's viewport needs device
			// emulation. Touch only with JavaScript: with both touch emulation and
			// JavaScript off, ChromeDriver 156 never returns from a click.
			options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
					java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0, "touch", javascript)));
		}
		var service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("lccp.chromedriver", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/** Replaces a field's text. */
	public static void type(WebDriver driver, By field, String value) {
		var element = driver.findElement(field);
		element.clear();
		element.sendKeys(value);
	}

	/** Clicks once the element can be clicked. */
	public static void click(WebDriver driver, By target) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(target))
			.click();
	}

	/** Clicks a submit button and waits for the next page to replace this one. */
	public static void submit(WebDriver driver, By button) {
		var html = driver.findElement(By.tagName("html"));
		click(driver, button);
		waitForNewPage(driver, html);
	}

	/**
	 * Waits until the page that held {@code oldRoot} has been replaced. ChromeDriver
	 * reports a replaced node in more than one way, depending on timing.
	 */
	public static void waitForNewPage(WebDriver driver, WebElement oldRoot) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until((d) -> {
			try {
				oldRoot.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException | NoSuchElementException gone) {
				return true;
			}
			catch (WebDriverException ex) {
				var message = ex.getMessage();
				return message != null && message.contains("does not belong to the document");
			}
		});
	}

}
