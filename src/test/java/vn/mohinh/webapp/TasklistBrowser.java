package vn.mohinh.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.openqa.selenium.Keys;
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
  private static final Map<String, JsonNode> FORM_FIELDS = formFields();

  private final String baseUrl;
  private final Path screenshots;
  private final Path profile;
  private final WebDriver driver;
  private final WebDriverWait wait;
  private final java.util.concurrent.atomic.AtomicInteger step;

  /** Screenshot numbers per scenario: the browsers of one scenario number their steps in one sequence. */
  private static final Map<String, java.util.concurrent.atomic.AtomicInteger> STEPS = new java.util.concurrent.ConcurrentHashMap<>();

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
      Path directory = Path.of("target", "screenshots", scenario);
      this.step = STEPS.computeIfAbsent(scenario, s -> {
        deleteRecursively(directory); // a scenario's first browser of this run: no stale screenshots
        return new java.util.concurrent.atomic.AtomicInteger();
      });
      this.screenshots = Files.createDirectories(directory);
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

  /**
   * Makes the pages believe it is this instant (the test's engine clock), so that Tasklist's "due
   * in 4 days" agrees with the engine. Call before the first page is opened.
   */
  void clockAt(java.time.Instant now) {
    long offset = now.toEpochMilli() - System.currentTimeMillis();
    String script =
        "(() => { const offset = " + offset + "; const RealDate = Date;"
            + " class ShiftedDate extends RealDate {"
            + "   constructor(...args) { if (args.length === 0) { super(RealDate.now() + offset); } else { super(...args); } }"
            + "   static now() { return RealDate.now() + offset; } }"
            + " window.Date = ShiftedDate; })();";
    ((org.openqa.selenium.chromium.ChromiumDriver) driver)
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
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
          WebElement link = filter.findElement(By.cssSelector("h4.name a"));
          scrollTo(link);
          link.click();
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
          scrollTo(link);
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

  /**
   * The input or text area of a form field, by its key. form-js derives the element ids from the
   * component's id ({@code fjs-form-<random>-Field_PlanName}), not from its key: the ids are read
   * from the forms in {@code forms/}.
   */
  WebElement field(String key) {
    form();
    By by = By.cssSelector(".fjs-form [id$='-" + component(key).path("id").asText() + "']");
    return wait.withMessage(() -> "the form field " + key).until(ExpectedConditions.presenceOfElementLocated(by));
  }

  /** Types the text into a text field or text area, replacing what it held. */
  void fill(String key, String text) {
    WebElement field = field(key);
    scrollTo(field);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(text);
  }

  /** Chooses an option of a radio group (by value) or a select (by value or by the label shown). */
  void choose(String key, String option) {
    form();
    JsonNode component = component(key);
    String id = component.path("id").asText();
    if (component.path("type").asText().equals("radio")) {
      int index = 0;
      for (JsonNode value : component.path("values")) {
        if (value.path("value").asText().equals(option) || value.path("label").asText().equals(option)) {
          WebElement radio = driver.findElement(By.cssSelector(".fjs-form [id$='-" + id + "-" + index + "']"));
          scrollTo(radio);
          radio.click();
          return;
        }
        index++;
      }
      throw new IllegalArgumentException("No option " + option + " for " + key);
    }
    // form-js select: a display box opening a list of the options' labels
    WebElement display = driver.findElement(By.cssSelector(".fjs-form [id$='-" + id + "-display']"));
    scrollTo(display);
    display.click();
    By items = By.cssSelector(".fjs-form .fjs-dropdownlist .fjs-dropdownlist-item");
    wait.until(ExpectedConditions.visibilityOfElementLocated(items));
    String label = option;
    for (JsonNode value : component.path("values")) {
      if (value.path("value").asText().equals(option)) {
        label = value.path("label").asText();
      }
    }
    for (WebElement item : driver.findElements(items)) {
      if (item.getText().strip().equals(label)) {
        item.click();
        return;
      }
    }
    throw new IllegalArgumentException("No option " + option + " for " + key);
  }

  /** Ticks or unticks a checkbox. */
  void check(String key, boolean checked) {
    WebElement box = field(key);
    scrollTo(box);
    if (box.isSelected() != checked) {
      box.click();
    }
  }

  private static JsonNode component(String key) {
    JsonNode component = FORM_FIELDS.get(key);
    if (component == null) {
      throw new IllegalArgumentException("No field with the key " + key + " in forms/*.form");
    }
    return component;
  }

  /** The fields of every Camunda Form of the product, by key (keys are unique across the forms). */
  private static Map<String, JsonNode> formFields() {
    Map<String, JsonNode> fields = new java.util.HashMap<>();
    try {
      var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
      for (var resource : resolver.getResources("classpath*:forms/**/*.form")) {
        try (var in = resource.getInputStream()) {
          collect(new ObjectMapper().readTree(in), fields);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fields;
  }

  private static void collect(JsonNode node, Map<String, JsonNode> fields) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        fields.put(component.get("key").asText(), component);
      }
      collect(component, fields);
    }
  }

  /** The text the form shows (labels, texts, values of read-only fields). */
  String formText() {
    return form().getText();
  }

  /** Clicks "Hoàn thành" and waits until the task is gone from the details pane and from the list. */
  void complete() {
    String url = driver.getCurrentUrl();
    int at = url.indexOf("task=");
    String taskId = at < 0 ? null : url.substring(at + 5).split("[&#]")[0];
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".task-details [ng-click='complete()'], .task-details button.btn-primary[type='submit']")));
    scrollTo(button);
    button.click();
    wait.withMessage(() -> "the task to be completed: " + notifications())
        .until(d -> d.findElements(By.cssSelector(".fjs-form")).isEmpty());
    if (taskId != null) {
      wait.withMessage(() -> "the completed task to leave the list")
          .until(d -> d.findElements(By.cssSelector(".tasks-list a[href*='task=" + taskId + "']")).isEmpty());
    }
  }

  /** Opens a tab of the open task ("Biểu mẫu", "Lịch sử", "Sơ đồ", "Mô tả"). */
  void openTab(String label) {
    retrying(() -> {
      for (WebElement tab : driver.findElements(By.cssSelector(".task-details .nav-tabs li a, .task-details ul.nav li a"))) {
        if (tab.getText().strip().equals(label)) {
          tab.click();
          return true;
        }
      }
      return false;
    }, "the tab " + label);
  }

  /** The description of the open task, as its "Mô tả" tab shows it. */
  String description() {
    openTab("Mô tả");
    return wait.until(d -> d.findElements(By.cssSelector(".task-details .description-pane")).stream()
        .map(WebElement::getText).map(String::strip).filter(t -> !t.isEmpty()).findFirst().orElse(null));
  }

  /** The notifications Tasklist shows (errors of a REST call, "completed", …). */
  String notifications() {
    return String.join(" | ", texts(By.cssSelector(".notifications .alert, .page-notifications .alert"), false));
  }

  /** Runs the steps; when one fails, the page as it was is kept as a screenshot ("failure"). */
  void steps(Runnable steps) {
    try {
      steps.run();
    } catch (RuntimeException | AssertionError e) {
      try {
        screenshot("failure");
      } catch (RuntimeException ignored) {
        // the browser may be gone
      }
      throw e;
    }
  }

  /** Saves a screenshot named after the step, numbered in order; returns its path. */
  Path screenshot(String name) {
    // the pointer away from the last click: no tooltip over the page
    try {
      new org.openqa.selenium.interactions.Actions(driver).moveToLocation(1, 1).perform();
    } catch (RuntimeException ignored) {
      // best effort
    }
    int n = step.incrementAndGet();
    Path file = screenshots.resolve(String.format("%02d-%s.png", n, name));
    try {
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(screenshots.resolve(String.format("%02d-%s.html", n, name)), driver.getPageSource(), StandardCharsets.UTF_8);
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
      deleteRecursively(profile);
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort: a temporary or an output directory
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
