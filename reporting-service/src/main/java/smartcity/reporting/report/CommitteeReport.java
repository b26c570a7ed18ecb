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
import smartcity.reporting.i18n.Name;

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
    public record VacantSeat(UUID seatId, String role,
            @Schema(description = "The seat's title in the report's language", examples = "กรรมการ") String title,
            @Schema(description = "Its Thai title", examples = "กรรมการ") String titleTh,
            @Schema(description = "Its English title; absent when it has none", examples = "Member") String titleEn,
            @Schema(description = "The post an ex-officio seat belongs to, in Thai (committee-service names posts in Thai "
                    + "only)", examples = "พลังงานจังหวัดเชียงใหม่")
            String position) {

        VacantSeat in(Language language) {
            return new VacantSeat(seatId, role, new Name(titleTh, titleEn).in(language), titleTh, titleEn, position);
        }
    }

    @Schema(name = "CommitteeReportLapse", description = "A member whose ex-officio basis has lapsed")
    public record LapsedMember(UUID seatId,
            @Schema(description = "The seat's title in the report's language", examples = "กรรมการ") String title,
            @Schema(description = "Its Thai title", examples = "กรรมการ") String titleTh,
            @Schema(description = "Its English title; absent when it has none", examples = "Member") String titleEn,
            @Schema(description = "The post the seat belongs to, in Thai (committee-service names posts in Thai only)",
                    examples = "พลังงานจังหวัดเชียงใหม่") String position,
            UUID personId,
            @Schema(description = "The member's name in the report's language", examples = "พลังงานจังหวัดเชียงใหม่คนก่อน")
            String name,
            @Schema(description = "The member's Thai name", examples = "พลังงานจังหวัดเชียงใหม่คนก่อน") String nameTh,
            @Schema(description = "The member's English name; absent when it has none",
                    examples = "Former Chiang Mai Provincial Energy Officer") String nameEn,
            Lapse reason) {

        LapsedMember in(Language language) {
            return new LapsedMember(seatId, new Name(titleTh, titleEn).in(language), titleTh, titleEn, position, personId,
                    nameTh == null ? null : new Name(nameTh, nameEn).in(language), nameTh, nameEn, reason);
        }
    }

    @Schema(name = "CommitteeReportMeeting")
    public record LastMeeting(UUID meetingId, LocalDate heldOn,
            @Schema(description = "The date as people read it, in the report's language", examples = "6 มิ.ย. 2565")
            String heldOnText,
            @Schema(description = "The date as Thai readers write it", examples = "6 มิ.ย. 2565") String heldOnTextTh,
            @Schema(description = "The date as English readers write it", examples = "6 Jun 2022 (B.E. 2565)")
            String heldOnTextEn) {

        static LastMeeting of(UUID meetingId, LocalDate heldOn) {
            return new LastMeeting(meetingId, heldOn, null, BuddhistEra.thai(heldOn), BuddhistEra.english(heldOn));
        }

        LastMeeting in(Language language) {
            return new LastMeeting(meetingId, heldOn, language == Language.TH ? heldOnTextTh : heldOnTextEn, heldOnTextTh,
                    heldOnTextEn);
        }
    }

    @Schema(name = "CommitteeReportResolution", description = "A resolution not yet carried out")
    public record OpenResolution(UUID resolutionId, LocalDate meetingHeldOn, int number, String kind,
            @Schema(description = "What was resolved, in the report's language") String text,
            @Schema(description = "What was resolved, in Thai", examples = "ให้ปรับโครงสร้างและอำนาจหน้าที่ของคณะกรรมการ")
            String textTh,
            @Schema(description = "What was resolved, in English; absent when it has none",
                    examples = "To restructure the composition and duties of the committee") String textEn,
            @Schema(description = "Its follow-up on the report date, as committee-service had recorded it by then: OPEN or "
                    + "IN_PROGRESS (OPEN when not recorded). A DONE follow-up counts from the day it was done, any other "
                    + "change from the day it was recorded.") String followUp,
            LocalDate dueOn) {

        OpenResolution in(Language language) {
            return new OpenResolution(resolutionId, meetingHeldOn, number, kind, new Name(textTh, textEn).in(language),
                    textTh, textEn, followUp, dueOn);
        }
    }

    @Schema(name = "CommitteeReportRow")
    public record Row(UUID committeeId, String code,
            @Schema(description = "The committee's name in the report's language",
                    examples = "คณะกรรมการการพัฒนาเมืองอัจฉริยะ (Smart City) ของจังหวัดเชียงใหม่") String name,
            @Schema(description = "Its Thai name", examples = "คณะกรรมการการพัฒนาเมืองอัจฉริยะ (Smart City) ของจังหวัดเชียงใหม่")
            String nameTh,
            @Schema(description = "Its English name; absent when it has none",
                    examples = "Chiang Mai Smart City Development Committee") String nameEn,
            int seats, int filled, int vacant, List<VacantSeat> vacancies, List<LapsedMember> lapsed,
            LastMeeting lastMeeting, List<OpenResolution> openResolutions) {

        Row in(Language language) {
            return new Row(committeeId, code, new Name(nameTh, nameEn).in(language), nameTh, nameEn, seats, filled, vacant,
                    vacancies.stream().map(v -> v.in(language)).toList(),
                    lapsed.stream().map(l -> l.in(language)).toList(),
                    lastMeeting == null ? null : lastMeeting.in(language),
                    openResolutions.stream().map(r -> r.in(language)).toList());
        }
    }

    /**
     * The report. Every title, name, text and date text is in Thai and English ({@code nameTh}, {@code nameEn},
     * {@code titleTh}, ...); the unsuffixed field ({@code name}, {@code title}, {@code asOfText}, ...) is the one a
     * reader of the requested language sees, and what the CSV shows: {@link #in(Language)} chooses it, the report is
     * computed once.
     */
    @Schema(name = "CommitteeReport")
    public record View(LocalDate asOf,
            @Schema(description = "The report date as people read it, in the report's language", examples = "6 มิ.ย. 2565")
            String asOfText,
            @Schema(description = "The report date as Thai readers write it", examples = "6 มิ.ย. 2565") String asOfTextTh,
            @Schema(description = "The report date as English readers write it", examples = "6 Jun 2022 (B.E. 2565)")
            String asOfTextEn,
            Map<String, Instant> dataAsOf, List<Freshness.Warning> warnings,
            List<Row> committees) implements CsvTable {

        /** The same report, its titles, names, texts and dates for readers of the language. */
        public View in(Language language) {
            return new View(asOf, language == Language.TH ? asOfTextTh : asOfTextEn, asOfTextTh, asOfTextEn, dataAsOf,
                    warnings, committees.stream().map(c -> c.in(language)).toList());
        }

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

    /**
     * The report on a date, its names in both languages; the unsuffixed ones are Thai until {@link View#in(Language)}
     * chooses another language.
     */
    public View on(LocalDate asOf) {
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
        // each resolution's follow-up as it stood on the date, not as it is today
        List<FrameworkCopies.Resolution> open = copies.resolutionsOn(asOf).stream()
                .filter(r -> meetingsById.containsKey(r.meetingId()) && r.openOn(asOf)).toList();

        List<Row> rows = new ArrayList<>();
        for (FrameworkCopies.Committee committee : copies.activeCommittees()) {
            List<FrameworkCopies.Seat> own = seats.stream().filter(s -> s.committeeId().equals(committee.id())).toList();
            List<VacantSeat> vacancies = new ArrayList<>();
            List<LapsedMember> lapsed = new ArrayList<>();
            for (FrameworkCopies.Seat seat : own) {
                FrameworkCopies.SeatStanding now = standing.get(seat.id());
                Name title = seat.title();
                if (now.vacant()) {
                    vacancies.add(new VacantSeat(seat.id(), seat.role(), null, title.th(), title.en(), seat.positionTh()));
                } else if (now.lapsed()) {
                    FrameworkCopies.Person holder = people.get(now.personId());
                    Name name = holder == null ? new Name(null, null) : holder.name();
                    lapsed.add(new LapsedMember(seat.id(), null, title.th(), title.en(), seat.positionTh(),
                            now.personId(), null, name.th(), name.en(), Lapse.valueOf(now.reason())));
                }
            }
            Set<UUID> ownMeetings = meetings.stream().filter(m -> m.committeeId().equals(committee.id()))
                    .map(FrameworkCopies.Meeting::id).collect(Collectors.toSet());
            LastMeeting last = meetings.stream().filter(m -> ownMeetings.contains(m.id()))
                    .max(Comparator.comparing(FrameworkCopies.Meeting::heldOn))
                    .map(m -> LastMeeting.of(m.id(), m.heldOn())).orElse(null);
            List<OpenResolution> openResolutions = open.stream().filter(r -> ownMeetings.contains(r.meetingId()))
                    .map(r -> new OpenResolution(r.id(), meetingsById.get(r.meetingId()).heldOn(), r.number(), r.kind(),
                            null, r.text().th(), r.text().en(), r.followUp() == null ? "OPEN" : r.followUp(), r.dueOn()))
                    .sorted(Comparator.comparing(OpenResolution::meetingHeldOn).thenComparing(OpenResolution::number))
                    .toList();
            rows.add(new Row(committee.id(), committee.code(), null, committee.name().th(), committee.name().en(),
                    own.size(), own.size() - vacancies.size(), vacancies.size(), vacancies, lapsed, last, openResolutions));
        }
        Freshness.Stated stated = freshness.of(Freshness.AGENCY, Freshness.COMMITTEE);
        return new View(asOf, null, BuddhistEra.thai(asOf), BuddhistEra.english(asOf), stated.dataAsOf(),
                stated.warnings(), rows).in(Language.DEFAULT);
    }
}
