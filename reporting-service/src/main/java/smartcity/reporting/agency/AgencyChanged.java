package smartcity.reporting.agency;

/**
 * The {@code data} of an {@code agency.changed} webhook event: the feed's event type (AGENCY_CREATED, AGENCY_UPDATED,
 * AGENCY_MERGED, AGENCY_DISSOLVED, ...) and the agency as it is now.
 */
public record AgencyChanged(String change, AgencySummary agency) {
}
