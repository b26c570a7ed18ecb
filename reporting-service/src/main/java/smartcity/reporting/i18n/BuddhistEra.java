package smartcity.reporting.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Dates as Thai readers write them: the Buddhist Era year (C.E. + 543) and abbreviated Thai month names
 * ({@code 6 มิ.ย. 2565}); for English readers the Gregorian date with the B.E. year beside it
 * ({@code 6 Jun 2022 (B.E. 2565)}), so both can match a date against Thai documents. Dates are stored and exchanged
 * in ISO form; this is only how they are shown.
 */
public final class BuddhistEra {

    /** Years between the eras: 2022 C.E. is 2565 B.E. */
    public static final int OFFSET = 543;

    /** The province's clock, for instants shown as a local date and time. */
    public static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    private static final String[] THAI_MONTHS = {
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."
    };
    // fixed, not from the JDK's locale data, so the text does not depend on the runtime's CLDR version
    private static final String[] ENGLISH_MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private BuddhistEra() {
    }

    /** The Buddhist Era year of a date. */
    public static int year(LocalDate date) {
        return date.getYear() + OFFSET;
    }

    /** The abbreviated Thai month name, {@code มิ.ย.} for June. */
    public static String thaiMonth(int month) {
        return THAI_MONTHS[month - 1];
    }

    /** {@code 6 มิ.ย. 2565} */
    public static String thai(LocalDate date) {
        return date.getDayOfMonth() + " " + thaiMonth(date.getMonthValue()) + " " + year(date);
    }

    /** {@code 6 Jun 2022 (B.E. 2565)} */
    public static String english(LocalDate date) {
        return date.getDayOfMonth() + " " + ENGLISH_MONTHS[date.getMonthValue() - 1] + " " + date.getYear()
                + " (B.E. " + year(date) + ")";
    }

    /** The date as readers of the language write it. */
    public static String format(LocalDate date, Language language) {
        return language == Language.TH ? thai(date) : english(date);
    }

    /**
     * An instant as a date and time on the province's clock: {@code 6 มิ.ย. 2565 09:30 น.} or
     * {@code 6 Jun 2022 (B.E. 2565) 09:30}.
     */
    public static String format(Instant instant, Language language) {
        ZonedDateTime local = instant.atZone(THAILAND);
        String time = String.format("%02d:%02d", local.getHour(), local.getMinute());
        return format(local.toLocalDate(), language) + " " + (language == Language.TH ? time + " น." : time);
    }
}
