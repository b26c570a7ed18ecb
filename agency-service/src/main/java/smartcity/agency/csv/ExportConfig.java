package smartcity.agency.csv;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/** {@code smartcity.export.*}: every value can be overridden by environment variable (SMARTCITY_EXPORT_...). */
@ConfigMapping(prefix = "smartcity.export")
public interface ExportConfig {

    /** CSV exports that may run at once; one more is answered 503 with Retry-After. */
    @WithDefault("2")
    @Positive
    int maxConcurrent();
}
