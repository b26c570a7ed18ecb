package smartcity.reporting.framework;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The data of a SEAT_VACANCY item of committee-service's feed: a seat's periods as committee-service concludes them
 * (held, vacant, or held by a member whose ex-officio basis lapsed). Copied as it is, never re-derived here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SeatVacancyChange(UUID seatId, UUID committeeId, List<Period> periods) {

    /** Days {@code from} to {@code to}, both included, null for no bound. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Period(LocalDate from, LocalDate to, String status, String reason, UUID membershipId, UUID personId) {
    }
}
