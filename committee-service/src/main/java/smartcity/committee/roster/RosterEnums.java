package smartcity.committee.roster;

/** The small vocabularies of committees, seats and memberships. */
public final class RosterEnums {

    private RosterEnums() {
    }

    public enum CommitteeLevel { NATIONAL, PROVINCIAL, DISTRICT }

    public enum CommitteeStatus { ACTIVE, DISSOLVED }

    public enum SeatRole { CHAIR, VICE_CHAIR, MEMBER, SECRETARY, ASSISTANT_SECRETARY }

    /** Ex officio: held by whoever holds a position; appointed: held by a person named in an order. */
    public enum SeatBasis { EX_OFFICIO, APPOINTED }

    public enum EndReason { TRANSFERRED, RETIRED, RESIGNED, RESTRUCTURED, TERM_ENDED, DECEASED, OTHER }

    /** What ended a membership: a transfer (the new post), a restructuring (its resolution), or an end recorded on it. */
    public enum CauseKind { TRANSFER, RESOLUTION, MEMBERSHIP_END }
}
