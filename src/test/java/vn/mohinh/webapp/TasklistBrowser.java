package vn.mohinh.webapp;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driving Camunda Tasklist as a person does: log in, pick a filter,
 * open a task, fill its Camunda Form, complete it. Every wait is explicit (Tasklist is an AngularJS
 * application that renders after its REST calls return). Screenshots go to
 * {@code target/screenshots/<scenario>/}.
 *
 * <p>Where Chromium or ChromeDriver is missing the calling test is skipped with the reason printed,
 * except under {@code CI=true}, where it fails: CI installs both ({@code .ci/run}).
 */
final class TasklistBrowser implements AutoCloseable {

  static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
  static final Duration WAIT = Duration.ofSeconds(30);

  private final String baseUrl;
  private final Path screenshots;
  private final Path profile;
  private final WebDriver driver;
  private final WebDriverWait wait;
  private int step;

  /** Skips (or, under CI=true, fails) the calling test when the browser cannot run here. */
  static void assumeAvailable() {
    Optional<String> missing = unavailableReason();
    if (missing.isEmpty()) {
      return;
    }
    String reason = "Browser tests need Debian's chromium and chromium-driver: " + missing.get()
        + " (apt-get install -y chromium chromium-driver)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail("CI=true and " + reason);
    }
    System.out.println("SKIPPED: " + reason);
    Assumptions.abort(reason);
  }

  static Optional<String> unavailableReason() {
    for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      File file = new File(binary);
      if (!file.isFile() || !file.canExecute()) {
        return Optional.of(binary + " not found");
      }
    }
    return Optional.empty();
  }

  TasklistBrowser(String baseUrl, String scenario) {
    this.baseUrl = baseUrl;
    try {
      this.screenshots = Files.createDirectories(Path.of("target", "screenshots", scenario));
      this.profile = Files.createTempDirectory("mohinh-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--lang=vi",
        "--accept-lang=vi,vi-VN",
        "--window-size=1440,1100");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,vi-VN"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            // the office PCs of the bloc are on Vietnamese time: Tasklist shows dates in the browser's zone
            .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh"))
            .build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, WAIT);
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens Tasklist and logs in; returns once the filter list is shown. */
  void login(String username, String password) {
    driver.get(baseUrl + "/camunda/app/tasklist/default/");
    WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name='signinForm'] input[type='text'], input[name='username']")));
    WebElement pass = driver.findElement(By.cssSelector("form[name='signinForm'] input[type='password'], input[name='password']"));
    user.clear();
    user.sendKeys(username);
    pass.clear();
    pass.sendKeys(password);
    driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter h4.name a")));
  }

  void logout() {
    driver.manage().deleteAllCookies();
  }

  /** The names of the filters on the left, in Tasklist's order. */
  List<String> filterNames() {
    return texts(By.cssSelector(".task-filters .task-filter h4.name a"), true);
  }

  /** Clicks a filter and waits until its list is loaded. */
  void openFilter(String name) {
    retrying(() -> {
      for (WebElement filter : driver.findElements(By.cssSelector(".task-filters .task-filter"))) {
        if (filterName(filter).equals(name)) {
          filter.findElement(By.cssSelector("h4.name a")).click();
          return true;
        }
      }
      return false;
    }, "the filter " + name);
    wait.until(d -> {
      for (WebElement filter : d.findElements(By.cssSelector(".task-filters .task-filter.active"))) {
        if (filterName(filter).equals(name)) {
          return true;
        }
      }
      return false;
    });
    waitForTaskListLoaded();
  }

  /** The task names of the list currently shown. */
  List<String> taskNames() {
    waitForTaskListLoaded();
    return texts(By.cssSelector(".tasks-list li h4.task a"), false);
  }

  /** Waits until the task list shows a task whose name contains the text. */
  void waitForTask(String nameContains) {
    wait.withMessage(() -> "a task containing '" + nameContains + "' in " + safeTaskNames())
        .until(d -> safeTaskNames().stream().anyMatch(n -> n.contains(nameContains)));
  }

  /** Opens the first task of the list whose name contains the text; waits for its form. */
  void openTask(String nameContains) {
    waitForTask(nameContains);
    retrying(() -> {
      for (WebElement link : driver.findElements(By.cssSelector(".tasks-list li h4.task a"))) {
        if (link.getText().contains(nameContains)) {
          link.click();
          return true;
        }
      }
      return false;
    }, "the task " + nameContains);
    wait.until(d -> d.findElements(By.cssSelector(".task-details h2.names, .task-details .names")).stream()
        .anyMatch(e -> e.getText().contains(nameContains)));
  }

  /** The name shown at the top of the open task. */
  String openTaskName() {
    return driver.findElement(By.cssSelector(".task-details .names h2")).getText();
  }

  /** Claims the open task when Tasklist offers to ("Nhận việc"); a claimed task's form is editable. */
  void claimIfNeeded() {
    List<WebElement> claim = driver.findElements(By.cssSelector(".task-details .claim:not(.ng-hide), [ng-click='claim()']"));
    for (WebElement button : claim) {
      if (button.isDisplayed()) {
        button.click();
        wait.until(d -> d.findElements(By.cssSelector(".task-details .unclaim, [ng-click='unclaim()']")).stream()
            .anyMatch(WebElement::isDisplayed));
        break;
      }
    }
  }

  /** Waits for the Camunda Form (form-js) of the open task. */
  WebElement form() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
  }

  /** The input, textarea or select of a form-js field, by its key. */
  WebElement field(String key) {
    form();
    By by = By.cssSelector(
        ".fjs-form [name='" + key + "'], .fjs-form [id$='-" + key + "'], .fjs-form [id='" + key + "']");
    return wait.withMessage(() -> "the form field " + key).until(ExpectedConditions.presenceOfElementLocated(by));
  }

  /** Types the text into a text field or text area, replacing what it held. */
  void fill(String key, String text) {
    WebElement field = field(key);
    scrollTo(field);
    field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
    field.sendKeys(text);
  }

  /** Chooses the option with the given value of a select field or radio group. */
  void choose(String key, String value) {
    form();
    List<WebElement> radios = driver.findElements(By.cssSelector(".fjs-form input[type='radio'][name^='" + key + "']"));
    if (!radios.isEmpty()) {
      for (WebElement radio : radios) {
        if (value.equals(radio.getAttribute("value"))) {
          scrollTo(radio);
          radio.click();
          return;
        }
      }
      throw new IllegalArgumentException("No option " + value + " for " + key);
    }
    WebElement field = field(key);
    scrollTo(field);
    if ("select".equals(field.getTagName())) {
      new org.openqa.selenium.support.ui.Select(field).selectByValue(value);
    } else {
      // form-js select: a read-only input opening a dropdown of options
      field.click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-dropdownlist .fjs-dropdownlist-item")));
      for (WebElement item : driver.findElements(By.cssSelector(".fjs-dropdownlist .fjs-dropdownlist-item"))) {
        if (item.getText().equals(value)) {
          item.click();
          return;
        }
      }
      throw new IllegalArgumentException("No option " + value + " for " + key);
    }
  }

  /** The text the form shows (labels, texts, values of read-only fields). */
  String formText() {
    return form().getText();
  }

  /** Clicks "Hoàn thành" and waits until the task is gone from the details pane. */
  void complete() {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".task-details [ng-click='complete()'], .task-details button.btn-primary[type='submit']")));
    scrollTo(button);
    button.click();
    wait.withMessage(() -> "the task to be completed: " + notifications())
        .until(d -> d.findElements(By.cssSelector(".fjs-form")).isEmpty());
  }

  /** The notifications Tasklist shows (errors of a REST call, "completed", …). */
  String notifications() {
    return String.join(" | ", texts(By.cssSelector(".notifications .alert, .page-notifications .alert"), false));
  }

  /** Saves a screenshot named after the step, numbered in order; returns its path. */
  Path screenshot(String name) {
    step++;
    Path file = screenshots.resolve(String.format("%02d-%s.png", step, name));
    try {
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(screenshots.resolve(String.format("%02d-%s.html", step, name)), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  WebDriverWait waiting() {
    return wait;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary directory
      }
    }
  }

  private void waitForTaskListLoaded() {
    wait.until(d -> d.findElements(By.cssSelector(".tasks-list .loader:not(.ng-hide), .tasks-list .loading-indicator:not(.ng-hide)")).stream()
        .noneMatch(WebElement::isDisplayed));
  }

  private List<String> safeTaskNames() {
    try {
      return texts(By.cssSelector(".tasks-list li h4.task a"), false);
    } catch (StaleElementReferenceException e) {
      return List.of();
    }
  }

  private static String filterName(WebElement filter) {
    WebElement link = filter.findElement(By.cssSelector("h4.name a"));
    String text = link.getText();
    for (WebElement counter : link.findElements(By.cssSelector(".counter"))) {
      String count = counter.getText();
      if (!count.isEmpty() && text.endsWith(count)) {
        text = text.substring(0, text.length() - count.length());
      }
    }
    return text.strip();
  }

  private List<String> texts(By by, boolean filters) {
    return wait.until(d -> {
      try {
        return d.findElements(by).stream()
            .map(e -> filters ? filterName(e.findElement(By.xpath("./ancestor::div[contains(@class,'task-filter')]"))) : e.getText().strip())
            .toList();
      } catch (StaleElementReferenceException e) {
        return null;
      }
    });
  }

  private void retrying(java.util.function.Supplier<Boolean> action, String what) {
    wait.withMessage(() -> what).until(d -> {
      try {
        return action.get() ? Boolean.TRUE : null;
      } catch (StaleElementReferenceException e) {
        return null;
      }
    });
  }
}
