package news.gazette;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * Runs axe-core (from npm, {@code node_modules/axe-core/axe.min.js}, installed by {@code npm ci}) in the page a
 * browser shows, against WCAG 2.0 and 2.1 A and AA and axe's best practices, in the light colour scheme and the dark
 * one the site also has. Serious and critical violations fail
 * the calling test; moderate and minor ones are printed. Where axe-core is not installed the test is skipped,
 * unless GAZETTE_REQUIRE_BROWSER=true (as in CI), where that is a failure, as {@link Browser} does for chromium.
 */
public final class AccessibilityCheck {

    private static final Path AXE = Path.of(System.getenv().getOrDefault("GAZETTE_AXE", "node_modules/axe-core/axe.min.js"));
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']})
              .then(function (results) {
                done({passes: results.passes.length, incomplete: results.incomplete.map(function (rule) { return rule.id; }),
                      violations: results.violations.map(function (violation) {
                  return {
                    id: violation.id, impact: violation.impact || '', help: violation.help, helpUrl: violation.helpUrl,
                    nodes: violation.nodes.map(function (node) {
                      return {target: JSON.stringify(node.target), html: node.html, summary: node.failureSummary || ''};
                    })
                  };
                })});
              }, function (error) { done('axe failed: ' + error); });
            """;
    private static String source;

    private AccessibilityCheck() {
    }

    /** One rule broken, with every element that breaks it. */
    public record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {

        boolean fails() {
            return FAILING.contains(impact);
        }

        String describe() {
            var text = new StringBuilder(impact + " " + id + ": " + help + " (" + helpUrl + ")");
            for (Node node : nodes) {
                text.append("\n    ").append(node.target()).append("  ").append(node.html());
                if (!node.summary().isEmpty()) {
                    text.append("\n      ").append(node.summary().replace("\n", "\n      "));
                }
            }
            return text.toString();
        }
    }

    /** An element breaking a rule: its CSS selector, its opening tag, and what axe says is wrong with it. */
    public record Node(String target, String html, String summary) {
    }

    /** Skips the calling test, or fails it under GAZETTE_REQUIRE_BROWSER=true, where axe-core is not installed. */
    public static void requireAxe() {
        boolean present = Files.isRegularFile(AXE);
        if (!present && Boolean.parseBoolean(System.getenv("GAZETTE_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("GAZETTE_REQUIRE_BROWSER is set but " + AXE.toAbsolutePath()
                    + " is missing: run npm ci --no-audit --no-fund in the project folder");
        }
        assumeTrue(present, "axe-core is not installed (run npm ci --no-audit --no-fund in the project folder)");
    }

    /** What axe found in one page: the rules it passed, those it could not decide, and those broken. */
    public record Result(int passes, List<String> incomplete, List<Violation> violations) {
    }

    /** Runs axe in the page the browser shows now. */
    @SuppressWarnings("unchecked")
    public static Result run(WebDriver driver) {
        requireAxe();
        var script = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object';"))) {
            script.executeScript(axeSource());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = script.executeAsyncScript(RUN);
        if (!(answer instanceof Map<?, ?> result)) {
            throw new IllegalStateException(String.valueOf(answer));
        }
        var violations = ((List<Map<String, Object>>) result.get("violations")).stream().map(violation -> {
            var nodes = ((List<Map<String, Object>>) violation.get("nodes")).stream()
                    .map(node -> new Node((String) node.get("target"), (String) node.get("html"), (String) node.get("summary")))
                    .toList();
            return new Violation((String) violation.get("id"), (String) violation.get("impact"),
                    (String) violation.get("help"), (String) violation.get("helpUrl"), nodes);
        }).toList();
        return new Result(((Number) result.get("passes")).intValue(), (List<String>) result.get("incomplete"), violations);
    }

    /**
     * Checks the page the browser shows now, named {@code page} in messages, in the light colour scheme and, where
     * the browser is chromium, the dark one: fails listing every serious or critical violation, and prints the
     * moderate and minor ones.
     */
    public static void assertAccessible(WebDriver driver, String page) {
        var failures = new ArrayList<String>();
        failures.addAll(check(driver, page));
        if (driver instanceof ChromiumDriver chromium) {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            try {
                failures.addAll(check(driver, page + " (dark)"));
            } finally {
                chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    private static List<String> check(WebDriver driver, String page) {
        Result result = run(driver);
        List<Violation> failing = result.violations().stream().filter(Violation::fails).toList();
        List<Violation> other = result.violations().stream().filter(violation -> !violation.fails()).toList();
        System.out.println("axe: " + page + " (" + driver.getCurrentUrl() + "): " + result.passes() + " rules passed, "
                + failing.size() + " serious or critical and " + other.size() + " moderate or minor violations"
                + (result.incomplete().isEmpty() ? "" : "; to review by hand: " + String.join(", ", result.incomplete())));
        if (!other.isEmpty()) {
            System.out.println("  " + String.join("\n  ", other.stream().map(Violation::describe).toList()));
        }
        if (failing.isEmpty()) {
            return List.of();
        }
        Browser.screenshot(driver, "accessibility-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
        return List.of(failing.size() + " serious or critical accessibility violations on " + page + " ("
                + driver.getCurrentUrl() + "):\n  " + String.join("\n  ", failing.stream().map(Violation::describe).toList()));
    }

    private static synchronized String axeSource() {
        if (source == null) {
            try {
                source = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
