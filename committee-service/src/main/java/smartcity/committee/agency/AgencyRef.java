package smartcity.committee.agency;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** What committee-service reads of an agency from agency-service; anything else in the answer is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgencyRef(UUID id, String code, String nameTh, String nameEn, String status) {
}
