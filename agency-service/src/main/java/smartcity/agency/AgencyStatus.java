package smartcity.agency;

/** Where an agency is in its life. Only the lifecycle operations (dissolution, merger) move it. */
public enum AgencyStatus {
    ACTIVE,
    MERGED,
    DISSOLVED
}
