package smartcity.reporting.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import smartcity.reporting.i18n.Language;
import smartcity.reporting.i18n.ReferenceNames;
import smartcity.reporting.report.ParticipationReport;
import smartcity.reporting.round.SurveyRound;
import smartcity.reporting.round.SurveyRoundRepository;

/** Puts the dashboard's view together from the survey rounds and their reports. */
@ApplicationScoped
public class Dashboards {

    private final SurveyRoundRepository rounds;
    private final ParticipationReport participation;
    private final ReferenceNames names;

    Dashboards(SurveyRoundRepository rounds, ParticipationReport participation, ReferenceNames names) {
        this.rounds = rounds;
        this.participation = participation;
        this.names = names;
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
                : all.stream().filter(r -> r.status() != SurveyRound.Status.PLANNED).findFirst();
        List<RoundChoice> choices = all.stream()
                .map(r -> RoundChoice.of(r, shown.isPresent() && r.id().equals(shown.get().id()))).toList();
        RoundChoice heading = shown.map(r -> RoundChoice.of(r, true)).orElse(null);
        // a planned round has no population yet: no figures rather than a row of zeros
        ParticipationPart figures = shown.filter(r -> r.status() != SurveyRound.Status.PLANNED)
                .map(r -> ParticipationPart.of(participation.of(r.id()), names)).orElse(null);
        // matrix and vacancies: committee-service's data does not reach reporting yet, so those sections stay empty
        return new DashboardView(language, choices, heading, chosen, figures, null, null);
    }

    private static boolean named(SurveyRound round, String idOrCode) {
        return round.id().toString().equalsIgnoreCase(idOrCode) || round.code().equals(idOrCode);
    }
}
