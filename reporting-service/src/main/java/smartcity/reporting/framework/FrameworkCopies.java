package smartcity.reporting.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import smartcity.reporting.i18n.Name;

/** Reads of the copy of committee-service's data: the framework, the assignments, the committees and their meetings. */
@ApplicationScoped
public class FrameworkCopies {

    public record Dimension(UUID id, String code, Name name, int displayOrder, boolean active, UUID introducedBy) {
    }

    public record Assignment(UUID id, UUID dimensionId, UUID agencyId, String role, LocalDate startDate, LocalDate endDate) {

        public boolean activeOn(LocalDate date) {
            return (startDate == null || !startDate.isAfter(date)) && (endDate == null || !endDate.isBefore(date));
        }
    }

    public record Committee(UUID id, String code, Name name) {
    }

    public record Seat(UUID id, UUID committeeId, String role, String basis, Name title, String positionTh, UUID agencyId,
            LocalDate establishedOn, LocalDate abolishedOn) {
    }

    /**
     * How a seat stands on a date, as committee-service concluded it (its feed's SEAT_VACANCY periods): HELD, VACANT
     * (reason NO_HOLDER) or LAPSED (reason POSITION_NO_LONGER_HELD or AGENCY_NO_LONGER_ACTIVE, with the member who
     * holds it). A seat has one on every day it exists and none on other days.
     */
    public record SeatStanding(UUID seatId, UUID committeeId, String status, String reason, UUID membershipId,
            UUID personId) {

        public boolean vacant() {
            return "VACANT".equals(status);
        }

        public boolean lapsed() {
            return "LAPSED".equals(status);
        }
    }

    public record Person(UUID id, String honorific, Name name, String positionTh, UUID agencyId) {
    }

    public record Meeting(UUID id, UUID committeeId, LocalDate heldOn) {
    }

    public record Resolution(UUID id, UUID meetingId, int number, String kind, Name text, String followUp, LocalDate dueOn,
            LocalDate doneOn) {

        /**
         * Not yet carried out on the date: open or in progress now, or done only after the date (a resolution whose
         * follow-up is not recorded counts as open; a dropped one does not).
         */
        public boolean openOn(LocalDate date) {
            if (followUp == null || "OPEN".equals(followUp) || "IN_PROGRESS".equals(followUp)) {
                return true;
            }
            return "DONE".equals(followUp) && doneOn != null && doneOn.isAfter(date);
        }

        /**
         * The resolution with the follow-up in force on the date, from its dated history (oldest revision first): of
         * the entries in force by then, the one in force from the latest day, the later revision on the same day. None
         * in force yet (it was first recorded as done after the date) is OPEN: a resolution is open until recorded
         * otherwise. Without a history (not read from the feed yet) it stays as it is now.
         */
        Resolution on(LocalDate date, List<FollowUpEntry> history) {
            if (history == null || history.isEmpty()) {
                return this;
            }
            return history.stream()
                    .filter(entry -> entry.inForceFrom() == null || !entry.inForceFrom().isAfter(date))
                    .max(java.util.Comparator.comparing(FollowUpEntry::inForceFrom,
                                    java.util.Comparator.nullsFirst(java.util.Comparator.<LocalDate>naturalOrder()))
                            .thenComparingLong(FollowUpEntry::revision))
                    .map(entry -> new Resolution(id, meetingId, number, kind, text, entry.followUp(), dueOn, entry.doneOn()))
                    .orElse(new Resolution(id, meetingId, number, kind, text, "OPEN", dueOn, null));
        }
    }

    /** One dated state of a resolution's follow-up, as the feed recorded it ({@code inForceFrom} null: from the start). */
    record FollowUpEntry(long revision, LocalDate inForceFrom, String followUp, LocalDate doneOn) {
    }

    private final EntityManager db;

    FrameworkCopies(EntityManager db) {
        this.db = db;
    }

    /** Every dimension, active or retired, in display order. */
    public List<Dimension> dimensions() {
        return rows("SELECT id, code, name_th, name_en, display_order, active, introduced_by_resolution_id "
                + "FROM dimension_copy ORDER BY display_order, code").stream()
                .map(r -> new Dimension(uuid(r[0]), (String) r[1], new Name((String) r[2], (String) r[3]),
                        r[4] == null ? 0 : ((Number) r[4]).intValue(), truth(r[5]), uuid(r[6]))).toList();
    }

    public Optional<Dimension> dimension(String code) {
        return dimensions().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public List<Assignment> assignments() {
        return rows("SELECT id, dimension_id, agency_id, role, start_date, end_date FROM assignment_copy").stream()
                .map(FrameworkCopies::assignment).toList();
    }

    public List<Assignment> assignmentsOf(UUID agencyId) {
        return rows("SELECT id, dimension_id, agency_id, role, start_date, end_date FROM assignment_copy WHERE agency_id = ?1",
                agencyId.toString()).stream().map(FrameworkCopies::assignment).toList();
    }

    public List<Committee> activeCommittees() {
        return rows("SELECT id, code, name_th, name_en FROM committee_copy WHERE status = 'ACTIVE' ORDER BY code").stream()
                .map(r -> new Committee(uuid(r[0]), (String) r[1], new Name((String) r[2], (String) r[3]))).toList();
    }

    public List<Seat> seats() {
        return rows("SELECT id, committee_id, role, basis, title_th, title_en, position_th, agency_id, established_on, "
                + "abolished_on FROM seat_copy ORDER BY display_order, id").stream()
                .map(r -> new Seat(uuid(r[0]), uuid(r[1]), (String) r[2], (String) r[3], new Name((String) r[4], (String) r[5]),
                        (String) r[6], uuid(r[7]), date(r[8]), date(r[9]))).toList();
    }

    /** Every seat's standing on the date, from the copy of committee-service's conclusions: one query. */
    public List<SeatStanding> seatStandingsOn(LocalDate date) {
        return rows("SELECT v.id, v.committee_id, p.status, p.reason, p.membership_id, p.person_id "
                + "FROM seat_vacancy_copy v JOIN seat_vacancy_period_copy p ON p.seat_id = v.id "
                + "WHERE (p.valid_from IS NULL OR p.valid_from <= ?1) AND (p.valid_to IS NULL OR p.valid_to >= ?1)", date)
                .stream().map(r -> new SeatStanding(uuid(r[0]), uuid(r[1]), (String) r[2], (String) r[3], uuid(r[4]),
                        uuid(r[5]))).toList();
    }

    public List<Person> people() {
        return rows("SELECT id, honorific, name_th, name_en, position_th, agency_id FROM person_copy").stream()
                .map(r -> new Person(uuid(r[0]), (String) r[1], new Name((String) r[2], (String) r[3]), (String) r[4],
                        uuid(r[5]))).toList();
    }

    public List<Meeting> meetings() {
        return rows("SELECT id, committee_id, held_on FROM meeting_copy ORDER BY held_on").stream()
                .map(r -> new Meeting(uuid(r[0]), uuid(r[1]), date(r[2]))).toList();
    }

    public List<Resolution> resolutions() {
        return rows("SELECT id, meeting_id, number, kind, text_th, text_en, follow_up, due_on, done_on FROM resolution_copy "
                + "ORDER BY number").stream()
                .map(r -> new Resolution(uuid(r[0]), uuid(r[1]), ((Number) r[2]).intValue(), (String) r[3],
                        new Name((String) r[4], (String) r[5]), (String) r[6], date(r[7]), date(r[8]))).toList();
    }

    /**
     * Every resolution with its follow-up as it stood on the date (from the dated copy of committee-service's feed, not
     * today's state): two queries.
     */
    public List<Resolution> resolutionsOn(LocalDate date) {
        Map<UUID, List<FollowUpEntry>> history = rows("SELECT resolution_id, revision, in_force_from, follow_up, done_on "
                + "FROM resolution_follow_up_copy ORDER BY resolution_id, revision").stream()
                .collect(Collectors.groupingBy(r -> uuid(r[0]), Collectors.mapping(r -> new FollowUpEntry(
                        ((Number) r[1]).longValue(), date(r[2]), (String) r[3], date(r[4])), Collectors.toList())));
        return resolutions().stream().map(r -> r.on(date, history.get(r.id()))).toList();
    }

    private static Assignment assignment(Object[] r) {
        return new Assignment(uuid(r[0]), uuid(r[1]), uuid(r[2]), (String) r[3], date(r[4]), date(r[5]));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = db.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d
                : value instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(value.toString());
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
