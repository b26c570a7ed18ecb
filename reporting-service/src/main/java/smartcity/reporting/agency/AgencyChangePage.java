package smartcity.reporting.agency;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** A page of agency-service's change feed, as far as reporting-service reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AgencyChangePage(List<Change> items, String next) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Change(String cursor, String type, UUID id, AgencySummary data) {
    }
}
