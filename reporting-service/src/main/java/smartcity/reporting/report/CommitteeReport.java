package smartcity.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.reporting.api.CsvTable;
import smartcity.reporting.feed.Freshness;
import smartcity.reporting.framework.FrameworkCopies;
import smartcity.reporting.i18n.BuddhistEra;
import smartcity.reporting.i18n.Language;

/**
 * Each active committee on the report date: its seats, how many are filled and vacant, the members whose ex-officio
 * basis has lapsed (they moved post, or their agency was dissolved or merged), its last meeting and the resolutions not
 * yet carried out. Which seats are vacant or lapsed is committee-service's conclusion, copied from its change feed
 * (SEAT_VACANCY), so that this report and {@code GET /committees/{id}/vacancies} agree on every date.
 */
@ApplicationScoped
public class CommitteeReport {

    public enum Lapse { POSITION_NO_LONGER_HELD, AGENCY_NO_LONGER_ACTIVE }

    @Schema(name = "CommitteeReportSeat", description = "A seat nobody holds on the report date")
    public record VacantSeat(UUID seatId, String role, @Schema(examples = "กรรมการ") String title,
            @Schema(description = "The post an ex-officio seat belongs to", examples = "พลังงานจังหวัดเชียงใหม่")
            String position) {
    }

    @Schema(name = "CommitteeReportLapse", description = "A member whose ex-officio basis has lapsed")
    public record LapsedMember(UUID seatId, String title, String position, UUID personId, String name, Lapse reason) {
    }

    @Schema(name = "CommitteeReportMeeting")
    public record LastMeeting(UUID meetingId, LocalDate heldOn, @Schema(examples = "6 มิ.ย. 2565") String heldOnText) {
    }

    @Schema(name = "CommitteeReportResolution", description = "A resolution not yet carried out")
    public record OpenResolution(UUID resolutionId, LocalDate meetingHeldOn, int number, String kind, String text,
            @Schema(description = "Its follow-up now: OPEN or IN_PROGRESS (OPEN when not recorded), or DONE for one "
                    + "carried out after the report date") String followUp,
            LocalDate dueOn) {
    }

    @Schema(name = "CommitteeReportRow")
    public record Row(UUID committeeId, String code, String name, int seats, int filled, int vacant,
            List<VacantSeat> vacancies, List<LapsedMember> lapsed, LastMeeting lastMeeting,
            List<OpenResolution> openResolutions) {
    }

    @Schema(name = "CommitteeReport")
    public record View(LocalDate asOf, String asOfText, Map<String, Instant> dataAsOf, List<Freshness.Warning> warnings,
            List<Row> committees) implements CsvTable {

        @Override
        public List<String> csvHeader() {
            return List.of("committee_code", "committee_name", "seats", "filled", "vacant", "lapsed", "last_meeting",
                    "open_resolutions");
        }

        @Override
        public List<List<Object>> csvRows() {
            return committees.stream().map(c -> Arrays.<Object>asList(c.code(), c.name(), c.seats(), c.filled(),
                    c.vacant(), c.lapsed().size(), c.lastMeeting() == null ? null : c.lastMeeting().heldOn(),
                    c.openResolutions().size())).toList();
        }
    }

    private final FrameworkCopies copies;
    private final Freshness freshness;

    CommitteeReport(FrameworkCopies copies, Freshness freshness) {
        this.copies = copies;
        this.freshness = freshness;
    }

    public View on(LocalDate asOf, Language language) {
        // committee-service's own conclusion for the date (its feed's SEAT_VACANCY), never re-derived here
        Map<UUID, FrameworkCopies.SeatStanding> standing = copies.seatStandingsOn(asOf).stream()
                .collect(Collectors.toMap(FrameworkCopies.SeatStanding::seatId, Function.identity(), (a, b) -> a));
        List<FrameworkCopies.Seat> seats = copies.seats().stream().filter(s -> standing.containsKey(s.id())).toList();
        Map<UUID, FrameworkCopies.Person> people = copies.people().stream()
                .collect(Collectors.toMap(FrameworkCopies.Person::id, Function.identity()));
        List<FrameworkCopies.Meeting> meetings = copies.meetings().stream()
                .filter(m -> !m.heldOn().isAfter(asOf)).toList();
        Map<UUID, FrameworkCopies.Meeting> meetingsById = meetings.stream()
                .collect(Collectors.toMap(FrameworkCopies.Meeting::id, Function.identity()));
        List<FrameworkCopies.Resolution> open = copies.resolutions().stream()
                .filter(r -> meetingsById.containsKey(r.meetingId()) && r.openOn(asOf)).toList();

        List<Row> rows = new ArrayList<>();
        for (FrameworkCopies.Committee committee : copies.activeCommittees()) {
            List<FrameworkCopies.Seat> own = seats.stream().filter(s -> s.committeeId().equals(committee.id())).toList();
            List<VacantSeat> vacancies = new ArrayList<>();
            List<LapsedMember> lapsed = new ArrayList<>();
            for (FrameworkCopies.Seat seat : own) {
                FrameworkCopies.SeatStanding now = standing.get(seat.id());
                String title = seat.title().in(language);
                if (now.vacant()) {
                    vacancies.add(new VacantSeat(seat.id(), seat.role(), title, seat.positionTh()));
                } else if (now.lapsed()) {
                    FrameworkCopies.Person holder = people.get(now.personId());
                    lapsed.add(new LapsedMember(seat.id(), title, seat.positionTh(), now.personId(),
                            holder == null ? null : holder.name().in(language), Lapse.valueOf(now.reason())));
                }
            }
            Set<UUID> ownMeetings = meetings.stream().filter(m -> m.committeeId().equals(committee.id()))
                    .map(FrameworkCopies.Meeting::id).collect(Collectors.toSet());
            LastMeeting last = meetings.stream().filter(m -> ownMeetings.contains(m.id()))
                    .max(Comparator.comparing(FrameworkCopies.Meeting::heldOn))
                    .map(m -> new LastMeeting(m.id(), m.heldOn(), BuddhistEra.format(m.heldOn(), language))).orElse(null);
            List<OpenResolution> openResolutions = open.stream().filter(r -> ownMeetings.contains(r.meetingId()))
                    .map(r -> new OpenResolution(r.id(), meetingsById.get(r.meetingId()).heldOn(), r.number(), r.kind(),
                            r.text().in(language), r.followUp() == null ? "OPEN" : r.followUp(), r.dueOn()))
                    .sorted(Comparator.comparing(OpenResolution::meetingHeldOn).thenComparing(OpenResolution::number))
                    .toList();
            rows.add(new Row(committee.id(), committee.code(), committee.name().in(language), own.size(),
                    own.size() - vacancies.size(), vacancies.size(), vacancies, lapsed, last, openResolutions));
        }
        Freshness.Stated stated = freshness.of(Freshness.AGENCY, Freshness.COMMITTEE);
        return new View(asOf, BuddhistEra.format(asOf, language), stated.dataAsOf(), stated.warnings(), rows);
    }
}
