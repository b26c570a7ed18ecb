package smartcity.reporting.agency;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
record AgencyPage(List<AgencySummary> items, int page, int totalPages) {
}
