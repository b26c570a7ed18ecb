package smartcity.reporting.dashboard;

import java.util.List;
import smartcity.reporting.i18n.Language;

/**
 * What the provincial dashboard shows, one part per section. A part that is null is shown as "not available yet":
 * the page never makes up figures for it. The parts hold data in both languages (codes, {@code Name}s, ISO dates);
 * the template picks the language and formats dates, so the same parts can feed a JSON report too.
 *
 * @param language the language the page is rendered in
 * @param rounds every survey round, newest first, for the round selector
 * @param round the round shown; null when no round has opened yet (the page then shows its empty state)
 * @param roundChosen true when the request named the round, false when the dashboard chose the latest one; links keep
 *        a chosen round, and otherwise let the dashboard keep following the latest
 * @param participation who was surveyed, who answered, who runs projects; null while the round has not opened
 * @param matrix the dimension × agency responsibilities; null until committee-service's data reaches reporting
 * @param vacancies the committee's vacant seats; null until committee-service's data reaches reporting
 */
public record DashboardView(
        Language language,
        List<RoundChoice> rounds,
        RoundChoice round,
        boolean roundChosen,
        ParticipationPart participation,
        ResponsibilityMatrix matrix,
        CommitteeVacancies vacancies) {

    /** This page in Thai, as a query string: {@code ?round=…&lang=th}. */
    public String thaiLink() {
        return linkIn(Language.TH);
    }

    /** This page in English, as a query string: {@code ?round=…&lang=en}. */
    public String englishLink() {
        return linkIn(Language.EN);
    }

    private String linkIn(Language other) {
        return roundChosen && round != null ? "?round=" + round.id() + "&lang=" + other.code() : "?lang=" + other.code();
    }
}
