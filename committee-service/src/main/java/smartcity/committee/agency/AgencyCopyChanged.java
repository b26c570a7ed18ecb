package smartcity.committee.agency;

import java.util.UUID;

/**
 * The local copy of an agency changed (it arrived, or agency-service's feed reported a newer state, e.g. dissolved).
 * Fired synchronously in the transaction that applied it, so that what depends on the agency's status is brought up to
 * date in the same commit, without this package knowing who that is.
 */
public record AgencyCopyChanged(UUID agencyId) {
}
