package smartcity.reporting.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import smartcity.reporting.agency.AgencyCopies;
import smartcity.reporting.agency.AgencySummary;
import smartcity.reporting.framework.FrameworkCopies;
import smartcity.reporting.i18n.BuddhistEra;
import smartcity.reporting.i18n.Name;
import smartcity.reporting.report.CommitteeReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import smartcity.reporting.i18n.Language;
import smartcity.reporting.report.ParticipationReport;
import smartcity.reporting.round.SurveyRound;
import smartcity.reporting.round.SurveyRoundRepository;

/**
 * Puts the dashboard's view together from the survey rounds and their reports. Each report is read once per page: its
 * rows carry Thai and English side by side, and the template picks the page's language.
 */
@ApplicationScoped
public class Dashboards {

    private final SurveyRoundRepository rounds;
    private final ParticipationReport participation;
    private final FrameworkCopies framework;
    private final AgencyCopies agencies;
    private final CommitteeReport committees;
    private final String committeeCode;

    Dashboards(SurveyRoundRepository rounds, ParticipationReport participation,
            FrameworkCopies framework, AgencyCopies agencies, CommitteeReport committees,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "smartcity.dashboard.committee",
                    defaultValue = "CM-SMART-CITY") String committeeCode) {
        this.committeeCode = committeeCode;
        this.rounds = rounds;
        this.participation = participation;
        this.framework = framework;
        this.agencies = agencies;
        this.committees = committees;
    }

    /**
     * The dashboard for a round, or for the latest one that has opened.
     *
     * @param round the round's id or code; null or blank for the most recent round that is open or closed
     * @throws RoundNotFound (404) when no round has that id or code
     */
    public DashboardView view(String round, Language language) {
        List<SurveyRound> all = rounds.newestFirst().list();
        boolean chosen = round != null && !round.isBlank();
        Optional<SurveyRound> shown = chosen
                ? Optional.of(all.stream().filter(r -> named(r, round.strip())).findFirst()
                        .orElseThrow(() -> new RoundNotFound(round.strip())))
                : all.stream().filter(r -> r.status().hasOpened()).findFirst();
        List<RoundChoice> choices = all.stream()
                .map(r -> RoundChoice.of(r, shown.isPresent() && r.id().equals(shown.get().id()))).toList();
        RoundChoice heading = shown.map(r -> RoundChoice.of(r, true)).orElse(null);
        // a planned round has no population yet: no figures rather than a row of zeros
        ParticipationPart figures = shown.filter(r -> r.status().hasOpened())
                .map(r -> ParticipationPart.of(participation.of(r.id()))).orElse(null);
        LocalDate today = LocalDate.now(BuddhistEra.THAILAND);
        return new DashboardView(language, choices, heading, chosen, figures, matrix(today), vacancies(today));
    }

    /** Who is responsible for each active dimension today, from the copies of committee's and agency's data. */
    private ResponsibilityMatrix matrix(LocalDate today) {
        List<FrameworkCopies.Dimension> dimensions = framework.dimensions().stream()
                .filter(FrameworkCopies.Dimension::active).toList();
        if (dimensions.isEmpty()) {
            return null; // committee-service's framework has not been read yet
        }
        List<FrameworkCopies.Assignment> current = framework.assignments().stream().filter(a -> a.activeOn(today)).toList();
        Map<UUID, AgencySummary> known = agencies.byId(current.stream().map(FrameworkCopies.Assignment::agencyId)
                .collect(Collectors.toSet()));
        Function<FrameworkCopies.Assignment, ResponsibilityMatrix.ResponsibleAgency> agency = a -> {
            AgencySummary summary = known.get(a.agencyId());
            return new ResponsibilityMatrix.ResponsibleAgency(a.agencyId(),
                    summary == null ? Name.thai(a.agencyId().toString()) : new Name(summary.nameTh(), summary.nameEn()),
                    summary != null && !"ACTIVE".equals(summary.status()));
        };
        return new ResponsibilityMatrix(today, dimensions.stream().map(d -> {
            List<FrameworkCopies.Assignment> own = current.stream().filter(a -> a.dimensionId().equals(d.id())).toList();
            return new ResponsibilityMatrix.DimensionRow(d.code(), d.name(),
                    own.stream().filter(a -> "LEAD".equals(a.role())).findFirst().map(agency).orElse(null),
                    own.stream().filter(a -> "SUPPORTING".equals(a.role())).map(agency).toList());
        }).toList());
    }

    /**
     * The seats to fill today on the committee the dashboard follows ({@code smartcity.dashboard.committee}, a committee
     * code; the first active committee when it names none that is known): the committee report, read once, whose rows
     * carry their Thai and English names side by side. An ex-officio seat is named by its post, which committee-service
     * keeps in Thai only.
     */
    private CommitteeVacancies vacancies(LocalDate today) {
        List<CommitteeReport.Row> committees = this.committees.on(today).committees();
        if (committees.isEmpty()) {
            return null; // no committee has been read from committee-service yet
        }
        CommitteeReport.Row shown = committees.stream().filter(c -> c.code().equals(committeeCode)).findFirst()
                .orElse(committees.get(0));
        List<CommitteeVacancies.Vacancy> seats = new ArrayList<>();
        for (CommitteeReport.VacantSeat seat : shown.vacancies()) {
            seats.add(new CommitteeVacancies.Vacancy(seatName(seat.position(), seat.titleTh(), seat.titleEn()),
                    CommitteeVacancies.Reason.NO_HOLDER, null));
        }
        for (CommitteeReport.LapsedMember member : shown.lapsed()) {
            seats.add(new CommitteeVacancies.Vacancy(seatName(member.position(), member.titleTh(), member.titleEn()),
                    CommitteeVacancies.Reason.valueOf(member.reason().name()),
                    member.nameTh() == null ? null : new Name(member.nameTh(), member.nameEn())));
        }
        return new CommitteeVacancies(new Name(shown.nameTh(), shown.nameEn()), today, shown.seats(), shown.filled(),
                seats);
    }

    private static Name seatName(String positionTh, String titleTh, String titleEn) {
        return positionTh != null ? Name.thai(positionTh) : new Name(titleTh, titleEn);
    }

    private static boolean named(SurveyRound round, String idOrCode) {
        return round.id().toString().equalsIgnoreCase(idOrCode) || round.code().equals(idOrCode);
    }
}
