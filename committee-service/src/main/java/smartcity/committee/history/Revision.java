package smartcity.committee.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed change set (Hibernate Envers): when, and the subject of the token that made it. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionActor.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "id")
    private long id;

    @RevisionTimestamp
    @Column(name = "occurred_at", nullable = false)
    private long occurredAt;

    @Column(name = "actor", length = 100)
    private String actor;

    public long id() {
        return id;
    }

    public long occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    void occurredAt(long epochMillis) {
        this.occurredAt = epochMillis;
    }

    void actor(String actor) {
        this.actor = actor;
    }
}
