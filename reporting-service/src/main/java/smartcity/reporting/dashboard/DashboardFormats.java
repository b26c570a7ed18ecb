package smartcity.reporting.dashboard;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import smartcity.reporting.i18n.BuddhistEra;
import smartcity.reporting.i18n.Language;

/** How the dashboard's template shows dates: {@code {date.shown(view.language)}}, {@code {instant.iso}}. */
@TemplateExtension
final class DashboardFormats {

    private DashboardFormats() {
    }

    /** {@code 6 มิ.ย. 2565} or {@code 6 Jun 2022 (B.E. 2565)}. */
    static String shown(LocalDate date, Language language) {
        return BuddhistEra.format(date, language);
    }

    /** Date and time on the province's clock, in the reader's era. */
    static String shown(Instant instant, Language language) {
        return BuddhistEra.format(instant, language);
    }

    /** The ISO form for a {@code <time datetime>}: {@code 2022-06-06T09:30:00+07:00}. */
    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(BuddhistEra.THAILAND).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
