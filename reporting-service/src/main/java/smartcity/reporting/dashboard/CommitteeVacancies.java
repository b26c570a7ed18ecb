package smartcity.reporting.dashboard;

import java.time.LocalDate;
import java.util.List;
import smartcity.reporting.i18n.Name;

/**
 * The smart-city committee's seats to fill on a date, as committee-service's {@code GET /committees/{id}/vacancies}
 * and {@code /roster} give them. Not filled yet: until reporting receives that data, {@link DashboardView#vacancies()}
 * is null and the page says "not available yet".
 *
 * @param committee the committee's name
 * @param asOf the date the roster is read on
 * @param seats how many seats the committee has
 * @param filled how many of them are held on the date
 * @param vacancies the seats to fill
 */
public record CommitteeVacancies(Name committee, LocalDate asOf, int seats, int filled, List<Vacancy> vacancies) {

    /** Why a seat needs filling: committee-service's {@code VacancyReason}. */
    public enum Reason {
        /** Nobody holds the seat. */
        NO_HOLDER,
        /** The holder no longer holds the position the ex-officio seat requires (moved to a post elsewhere). */
        POSITION_NO_LONGER_HELD,
        /** The ex-officio seat's agency has been dissolved or merged. */
        AGENCY_NO_LONGER_ACTIVE
    }

    /**
     * One seat to fill.
     *
     * @param seat the seat's title (e.g. "ผู้อำนวยการสำนักงานพาณิชย์จังหวัดเชียงใหม่")
     * @param lastHolder who held it last, for a seat whose holder has moved on; null when nobody did
     */
    public record Vacancy(Name seat, Reason reason, Name lastHolder) {
    }
}
