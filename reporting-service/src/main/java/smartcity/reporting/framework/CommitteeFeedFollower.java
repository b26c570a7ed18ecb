package smartcity.reporting.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import smartcity.reporting.feed.FeedCursors;
import smartcity.reporting.feed.FollowedFeed;
import smartcity.reporting.feed.Freshness;
import smartcity.reporting.i18n.BuddhistEra;
import smartcity.reporting.webhook.WebhookEventType;
import smartcity.reporting.webhook.WebhookEvents;

/**
 * Keeps the copy of committee-service's data current from its change feed, with the loop every follower shares
 * ({@link FeedCursors#follow}): the cursor lives in this service's database, so a restart resumes where it stopped; a
 * page is applied only if the cursor has not moved since it was read, so two replicas never apply the same page; and
 * each row keeps the revision it came from and an older revision never overwrites a newer one, so applying a page twice
 * changes nothing. What is here is what a change does to the copy.
 */
@ApplicationScoped
public class CommitteeFeedFollower {

    private static final int PAGE = 500;
    /** Committee-service's conclusion about a seat, copied into its own tables ({@link #applySeatVacancy}). */
    private static final String SEAT_VACANCY = "SEAT_VACANCY";

    private final FeedCursors cursors;
    private final EntityManager db;
    private final WebhookEvents events;
    private final FollowedFeed<CommitteeChangePage> feed;
    private final ObjectMapper json;

    CommitteeFeedFollower(GuardedCommitteeCalls calls, FeedCursors cursors, EntityManager db, WebhookEvents events,
            ObjectMapper json) {
        this.cursors = cursors;
        this.db = db;
        this.events = events;
        this.json = json;
        this.feed = new FollowedFeed<>(Freshness.COMMITTEE, after -> calls.changes(after, PAGE),
                changes -> changes.items() == null || changes.items().isEmpty(),
                changes -> Long.parseLong(changes.next()), this::applyChanges);
    }

    @Scheduled(every = "${smartcity.committee-feed.every:5s}", delayed = "${smartcity.committee-feed.delayed:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void follow() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            Log.debugf("committee change feed not read this time: %s", e.toString());
        }
    }

    /** Reads and applies pages until the feed has nothing new; returns how many changes were read. */
    public int catchUp() {
        return cursors.follow(feed);
    }

    /** Applies a page read at {@code readFrom}, unless the cursor has moved on since; returns how many changes it read. */
    int apply(long readFrom, CommitteeChangePage changes) {
        return cursors.apply(feed, readFrom, changes);
    }

    /** In the transaction that holds the cursor's lock. */
    private int applyChanges(CommitteeChangePage changes) {
        int applied = 0;
        for (CommitteeChangePage.Change item : changes.items()) {
            if (SEAT_VACANCY.equals(item.kind())) {
                applySeatVacancy(item);
                applied++;
                continue;
            }
            var kind = CopiedKind.of(item.kind());
            if (kind.isEmpty()) {
                continue; // a kind this service does not keep
            }
            long revision = item.revisionOrCursor();
            String id = String.valueOf(item.id());
            boolean deleted = item.deleted();
            boolean announced = kind.get() == CopiedKind.ASSIGNMENT && changesAssignment(id, revision, deleted);
            Query statement;
            if (deleted) {
                statement = db.createNativeQuery(kind.get().delete()).setParameter(1, id).setParameter(2, revision);
            } else {
                statement = db.createNativeQuery(kind.get().upsert()).setParameter(1, id);
                int p = 2;
                for (String field : kind.get().fields) {
                    statement.setParameter(p++, CopiedKind.value(item.data(), field));
                }
                statement.setParameter(p, revision);
            }
            statement.executeUpdate();
            if (kind.get() == CopiedKind.RESOLUTION && !deleted) {
                recordFollowUp(item, revision);
            }
            if (announced) {
                events.record(WebhookEventType.ASSIGNMENT_CHANGED,
                        AssignmentChanged.of(id, item.change(), item.data(), revision));
            }
            applied++;
        }
        return applied;
    }

    /**
     * A seat's vacancy periods replace the ones held, when the item is newer than the copy (the same guard as the other
     * kinds): the head row's revision decides, and the periods follow it.
     */
    private void applySeatVacancy(CommitteeChangePage.Change item) {
        long revision = item.revisionOrCursor();
        String id = String.valueOf(item.id());
        var held = db.createNativeQuery("SELECT revision FROM seat_vacancy_copy WHERE id = ?1").setParameter(1, id)
                .getResultList();
        if (!held.isEmpty() && ((Number) held.get(0)).longValue() >= revision) {
            return; // applied already, or older than the copy
        }
        if (item.deleted()) {
            db.createNativeQuery("DELETE FROM seat_vacancy_copy WHERE id = ?1").setParameter(1, id).executeUpdate();
            return;
        }
        SeatVacancyChange change = json.convertValue(item.data(), SeatVacancyChange.class);
        db.createNativeQuery("INSERT INTO seat_vacancy_copy (id, committee_id, revision) VALUES (?1, ?2, ?3) "
                        + "ON DUPLICATE KEY UPDATE committee_id = VALUES(committee_id), revision = VALUES(revision)")
                .setParameter(1, id).setParameter(2, String.valueOf(change.committeeId())).setParameter(3, revision)
                .executeUpdate();
        db.createNativeQuery("DELETE FROM seat_vacancy_period_copy WHERE seat_id = ?1").setParameter(1, id).executeUpdate();
        int ordinal = 0;
        for (SeatVacancyChange.Period period : change.periods() == null ? List.<SeatVacancyChange.Period>of() : change.periods()) {
            db.createNativeQuery("INSERT INTO seat_vacancy_period_copy (seat_id, ordinal, valid_from, valid_to, status, "
                            + "reason, membership_id, person_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, id).setParameter(2, ordinal++).setParameter(3, period.from())
                    .setParameter(4, period.to()).setParameter(5, period.status()).setParameter(6, period.reason())
                    .setParameter(7, period.membershipId() == null ? null : period.membershipId().toString())
                    .setParameter(8, period.personId() == null ? null : period.personId().toString())
                    .executeUpdate();
        }
    }

    /**
     * Dates the resolution's follow-up as this item records it (idempotent: one row per revision). A DONE follow-up is
     * in force from the day it was done; the state a resolution is first recorded with, from the start; any later
     * change, from the day committee-service recorded it (in Thailand), since its feed carries no other date for it.
     */
    private void recordFollowUp(CommitteeChangePage.Change item, long revision) {
        String id = String.valueOf(item.id());
        Object followUp = CopiedKind.value(item.data(), "followUp");
        Object doneOn = CopiedKind.value(item.data(), "doneOn");
        Object inForceFrom;
        if ("DONE".equals(followUp) && doneOn != null) {
            inForceFrom = doneOn;
        } else {
            boolean recordedBefore = ((Number) db.createNativeQuery("SELECT COUNT(*) FROM resolution_follow_up_copy "
                    + "WHERE resolution_id = ?1 AND revision < ?2").setParameter(1, id).setParameter(2, revision)
                    .getSingleResult()).longValue() > 0;
            Instant recorded = item.occurredAt() != null ? item.occurredAt() : Instant.now();
            inForceFrom = recordedBefore ? LocalDate.ofInstant(recorded, BuddhistEra.THAILAND).toString() : null;
        }
        db.createNativeQuery("INSERT IGNORE INTO resolution_follow_up_copy (resolution_id, revision, in_force_from, "
                        + "follow_up, done_on) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id).setParameter(2, revision).setParameter(3, inForceFrom).setParameter(4, followUp)
                .setParameter(5, doneOn).executeUpdate();
    }

    /** Whether the item changes the copy (the same guard as the upsert and delete): newer than the row, or a new row. */
    private boolean changesAssignment(String id, long revision, boolean deleted) {
        var held = db.createNativeQuery("SELECT revision FROM assignment_copy WHERE id = ?1").setParameter(1, id).getResultList();
        return held.isEmpty() ? !deleted : ((Number) held.get(0)).longValue() < revision;
    }
}
