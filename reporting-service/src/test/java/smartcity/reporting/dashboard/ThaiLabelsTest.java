package smartcity.reporting.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.qute.i18n.Message;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A label missing from a Thai file would quietly show in English: each file has exactly its bundle's keys, in Thai. */
class ThaiLabelsTest {

    @ParameterizedTest(name = "{1} translates every message of {0}")
    @CsvSource({
        "smartcity.reporting.dashboard.DashboardMessages, messages/dash_th.properties",
        "smartcity.reporting.i18n.ReferenceLabels, messages/ref_th.properties"
    })
    void everyMessageHasAThaiTranslation(String bundle, String file) throws Exception {
        Set<String> keys = Arrays.stream(Class.forName(bundle).getMethods())
                .filter(method -> method.isAnnotationPresent(Message.class))
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Properties thai = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
            assertNotNull(in, file);
            thai.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertEquals(keys, new TreeSet<>(thai.stringPropertyNames()));
        for (String key : thai.stringPropertyNames()) {
            String value = thai.getProperty(key);
            if (value.codePoints().noneMatch(c -> c >= 0x0E01 && c <= 0x0E5B)) {
                throw new AssertionError(file + ": " + key + " has no Thai in it: " + value);
            }
        }
    }
}
