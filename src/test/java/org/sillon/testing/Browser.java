package org.sillon.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (installed by the build where missing), so that
 * Selenium downloads no driver. The flags keep Chromium from calling home: tests talk to localhost only.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public static Browser open(java.net.URL base) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=fr-FR");
        // the console is kept, so that a test sees what the Content-Security-Policy blocked
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), base.toString());
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Types over what a field holds, as a person does who selects it all first: a formatted number field
     * (p:inputNumber) keeps its value through {@link #type}'s clear().
     */
    public void typeOver(String css, String text) {
        WebElement input = find(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

        public void click(String css) {
        clickWhenReady(By.cssSelector(css));
    }

    /** Clicks the page's title, as a person does to close an open overlay (a password strength panel...). */
    public void clickAway() {
        find("h1").click();
    }

    public void clickLink(String text) {
        clickWhenReady(By.linkText(text));
    }

    /**
     * Clicks as soon as the element can take the click: an Ajax update may replace it between finding and
     * clicking (a search refreshing a table), or an overlay may still be closing.
     */
    private void clickWhenReady(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(ElementNotInteractableException.class)
                .ignoring(NoSuchElementException.class)
                .until(d -> {
                    d.findElement(by).click();
                    return true;
                });
    }

    public void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String value(String css) {
        return find(css).getDomProperty("value");
    }

    /**
     * Logs in from the login form and waits for its answer, a new page or the form's message: a page opened before
     * the login's answer came back would cut it short and find itself logged out.
     */
    public void login(String username, String password) {
        type("#login\\:username", username);
        type("#login\\:password", password);
        WebElement submit = find("#login\\:submit");
        submit.click();
        // while the next page replaces this one, Chromium may answer "Node with given id does not belong to the
        // document" where a stale element was meant: ask again
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.or(ExpectedConditions.stalenessOf(submit),
                        ExpectedConditions.textMatches(By.cssSelector("#login\\:messages"), Pattern.compile("\\S"))));
    }

    /**
     * Opens a staff page as someone not yet logged in: the page sends to the login form, which brings back to the
     * page once the login succeeds.
     */
    public void signInAt(String path, String username, String password) {
        go(path);
        waitForUrl("login.xhtml");
        login(username, password);
        waitForUrl(path.split("\\?")[0]);
    }

    /** Saves a screenshot under target/screenshots, for a person looking at what a test saw. */
    public Path screenshot(String name) {
        return screenshot(Path.of(System.getProperty("sillon.basedir", "."), "target", "screenshots"), name);
    }

    /** Saves a screenshot of the window as it is now into {@code dir}, as {@code name.png}. */
    public Path screenshot(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The console errors since the last call: a script the Content-Security-Policy refused, a failed request,
     * an exception in a page's script. Every browser test ends by checking there were none.
     */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        try {
            java.util.List<String> errors = consoleErrors();
            if (!errors.isEmpty()) {
                System.out.println("Browser console errors: " + errors);
            }
        } finally {
            driver.quit();
        }
    }
}
