package smartcity.committee.correction;

import smartcity.committee.api.DomainProblem;
import smartcity.committee.api.ProblemType;
import smartcity.committee.persistence.AuditedEntity;

/** A 412: the If-Match a change was sent with is not the record's current version. */
public final class RecordChanged extends DomainProblem {

    private RecordChanged(String name, long version) {
        super(ProblemType.PRECONDITION_FAILED, name + " has changed since you read it: it is at version " + version
                + ". Read it again and retry.");
    }

    /** Nothing when {@code ifMatch} allows a change of the record as it is (none, {@code *}, or its ETag). */
    public static void requireVersion(AuditedEntity record, String name, String ifMatch) {
        if (!record.matches(ifMatch)) {
            throw new RecordChanged(name, record.version());
        }
    }
}
