package smartcity.agency.changefeed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One change to one agency, with the agency's state before and after, written in the transaction that made the
 * change. {@code seq} is its position in the change feed.
 */
@Entity
@Table(name = "agency_event")
public class AgencyEvent {

    @Id
    @Column(name = "seq")
    private long seq;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 40)
    private AgencyEventType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", length = 100)
    private String actor;

    @Column(name = "before_state", columnDefinition = "LONGTEXT")
    private String beforeState;

    @Column(name = "after_state", nullable = false, columnDefinition = "LONGTEXT")
    private String afterState;

    protected AgencyEvent() {
        // for Hibernate
    }

    AgencyEvent(long seq, UUID agencyId, AgencyEventType type, Instant occurredAt, String actor, String beforeState,
            String afterState) {
        this.seq = seq;
        this.agencyId = agencyId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    public long seq() {
        return seq;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public AgencyEventType type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String beforeState() {
        return beforeState;
    }

    public String afterState() {
        return afterState;
    }
}
