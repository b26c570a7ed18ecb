package smartcity.reporting.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the developer portal sends its readers for the two other services' Swagger UI and OpenAPI document
 * ({@code SMARTCITY_PORTAL_AGENCY_URL}, {@code SMARTCITY_PORTAL_COMMITTEE_URL}); reporting-service's own are relative.
 */
@ConfigMapping(prefix = "smartcity.portal")
public interface PortalSettings {

    /** agency-service's public base URL, without a trailing slash. */
    @WithDefault("http://localhost:8081")
    String agencyUrl();

    /** committee-service's public base URL, without a trailing slash. */
    @WithDefault("http://localhost:8082")
    String committeeUrl();
}
