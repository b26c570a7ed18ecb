package smartcity.committee.changefeed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import smartcity.committee.history.Revision;

/**
 * Reads the change feed from the revision log (Hibernate Envers): whole revisions after a cursor, in the order they
 * were committed (see {@code RevisionActor}), with each changed record's public state at that revision. A page costs
 * one query for its revisions and one per kind of record, however many items it holds.
 */
@ApplicationScoped
public class CommitteeChangeFeed {

    private static final Comparator<ChangeFeedItem> REVISION_THEN_KIND_THEN_ID = Comparator
            .comparingLong(ChangeFeedItem::revision)
            .thenComparing(ChangeFeedItem::kind)
            .thenComparing(item -> item.id().toString());

    private final EntityManager entityManager;

    CommitteeChangeFeed(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code limit} revisions after {@code cursor}. One transaction, so every query sees the same snapshot. */
    @Transactional
    public ChangeFeedPage after(long cursor, int limit) {
        List<Revision> revisions = entityManager
                .createQuery("select r from Revision r where r.id > :after order by r.id", Revision.class)
                .setParameter("after", cursor)
                .setMaxResults(limit)
                .getResultList();
        if (revisions.isEmpty()) {
            return new ChangeFeedPage(List.of(), Long.toString(cursor));
        }
        long first = revisions.get(0).id();
        long last = revisions.get(revisions.size() - 1).id();
        AuditReader audit = AuditReaderFactory.get(entityManager);
        List<ChangeFeedItem> items = new ArrayList<>();
        for (ChangeKind kind : ChangeKind.values()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = audit.createQuery()
                    .forRevisionsOfEntity(kind.entity(), false, true)
                    .add(AuditEntity.revisionNumber().between(first, last))
                    .getResultList();
            for (Object[] row : rows) {
                Revision revision = (Revision) row[1];
                ChangeType change = ChangeType.of((RevisionType) row[2]);
                items.add(new ChangeFeedItem(Long.toString(revision.id()), revision.id(),
                        Instant.ofEpochMilli(revision.occurredAt()), kind, kind.idOf(row[0]), change,
                        change == ChangeType.DELETED ? null : kind.stateOf(row[0])));
            }
        }
        items.sort(REVISION_THEN_KIND_THEN_ID);
        // the last revision read, even if it changed nothing the feed carries: the next page starts after it
        return new ChangeFeedPage(items, Long.toString(last));
    }
}
