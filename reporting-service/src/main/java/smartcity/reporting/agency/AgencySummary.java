package smartcity.reporting.agency;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** What reporting-service reads of an agency; anything else in agency-service's answer is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgencySummary(UUID id, String code, String nameTh, String nameEn, String type, String localKind,
        String district, String status) {
}
