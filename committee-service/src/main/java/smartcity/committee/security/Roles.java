package smartcity.committee.security;

/** The roles a bearer token can carry (its {@code groups} claim, or the claim {@code smallrye.jwt.path.groups} names). */
public final class Roles {

    /** The Smart City committee secretariat: manages the registry. */
    public static final String SECRETARIAT = "secretariat";
    /** Operators: everything the secretariat may, and the operational endpoints. */
    public static final String ADMIN = "admin";
    /** An agency's own system or officer: its own agency's contact data only. The token's {@code agency_id} says which. */
    public static final String AGENCY_EDITOR = "agency-editor";

    /** The claim that names the agency an agency editor acts for. */
    public static final String AGENCY_CLAIM = "agency_id";

    private Roles() {
    }
}
