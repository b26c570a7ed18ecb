package smartcity.committee.changefeed;

import org.hibernate.envers.RevisionType;

/** What a revision did to a record. */
public enum ChangeType {
    CREATED,
    UPDATED,
    /** The record is gone; the item carries no data. Nothing is deleted today, but a consumer must expect it. */
    DELETED;

    static ChangeType of(RevisionType type) {
        return switch (type) {
            case ADD -> CREATED;
            case MOD -> UPDATED;
            case DEL -> DELETED;
        };
    }
}
