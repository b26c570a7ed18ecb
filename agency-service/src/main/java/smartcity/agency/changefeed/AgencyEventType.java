package smartcity.agency.changefeed;

public enum AgencyEventType {
    AGENCY_CREATED,
    AGENCY_UPDATED,
    AGENCY_MERGED,
    AGENCY_DISSOLVED
}
