package smartcity.committee.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How far one upstream change feed has been applied, and when the upstream service last answered. */
@Entity
@Table(name = "feed_cursor")
public class FeedCursor {

    @Id
    @Column(name = "feed", length = 40)
    private String feed;

    @Column(name = "position", nullable = false)
    private long position;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected FeedCursor() {
        // for Hibernate
    }

    public String feed() {
        return feed;
    }

    public long position() {
        return position;
    }

    /** When the feed was last read to its end: the source's state is known as of then. */
    public Instant readAt() {
        return readAt;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public String lastError() {
        return lastError;
    }

    void advance(long to, Instant at) {
        position = to;
        readAt = at;
    }

    void caughtUp(Instant at) {
        readAt = at;
        failedAt = null;
        lastError = null;
    }

    void failed(Instant at, String error) {
        failedAt = at;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
    }
}
