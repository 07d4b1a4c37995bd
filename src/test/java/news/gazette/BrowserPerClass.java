package news.gazette;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * One chromium per test class: opens a {@link Browser} into each static {@code WebDriver} field marked {@link Open}
 * before the class's tests (and before its own {@code @BeforeAll} methods), and quits it after all of them.
 *
 * <pre>
 * &#64;ExtendWith(BrowserPerClass.class)
 * class EditorBrowserTests {
 *
 *     &#64;BrowserPerClass.Open
 *     static WebDriver browser;
 *
 *     &#64;BrowserPerClass.Open(javaScript = false)
 *     static WebDriver withoutScript;
 * </pre>
 *
 * Tests then use the fields as they would any driver. Where chromium is missing the class is skipped, or fails under
 * GAZETTE_REQUIRE_BROWSER=true, as {@link Browser#open()} decides. A browser a single test needs for itself is still
 * opened and quit in that test.
 */
public final class BrowserPerClass implements BeforeAllCallback, AfterAllCallback {

    /** Marks a static {@code WebDriver} field for {@link BrowserPerClass} to fill. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Open {

        /** Whether the browser runs scripts; without, it is {@link Browser#openWithoutJavaScript()}. */
        boolean javaScript() default true;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        for (Field field : browserFields(context.getRequiredTestClass())) {
            boolean javaScript = field.getAnnotation(Open.class).javaScript();
            field.set(null, javaScript ? Browser.open() : Browser.openWithoutJavaScript());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IllegalAccessException {
        for (Field field : browserFields(context.getRequiredTestClass())) {
            if (field.get(null) instanceof WebDriver browser) {
                field.set(null, null);
                browser.quit();
            }
        }
    }

    private static List<Field> browserFields(Class<?> testClass) {
        var fields = Arrays.stream(testClass.getDeclaredFields()).filter(field -> field.isAnnotationPresent(Open.class))
                .toList();
        for (Field field : fields) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != WebDriver.class) {
                throw new ExtensionConfigurationException("@BrowserPerClass.Open needs a static WebDriver field: " + field);
            }
            field.setAccessible(true);
        }
        return fields;
    }
}
