package smartcity.reporting.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BuddhistEraTest {

    private static final LocalDate MEETING = LocalDate.of(2022, 6, 6);

    @Test
    void theCommitteeMeetingReadsAsTheNewsItemWroteIt() {
        assertEquals(2565, BuddhistEra.year(MEETING));
        assertEquals("6 มิ.ย. 2565", BuddhistEra.thai(MEETING));
        assertEquals("6 มิ.ย. 2565", BuddhistEra.format(MEETING, Language.TH));
    }

    @Test
    void englishReadersGetBothEras() {
        assertEquals("6 Jun 2022 (B.E. 2565)", BuddhistEra.english(MEETING));
        assertEquals("6 Jun 2022 (B.E. 2565)", BuddhistEra.format(MEETING, Language.EN));
    }

    @Test
    void everyMonthHasItsThaiAbbreviation() {
        assertEquals(List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."),
                IntStream.rangeClosed(1, 12).mapToObj(BuddhistEra::thaiMonth).toList());
    }

    @Test
    void theFiscalYearSpansTwoBuddhistYears() {
        // fiscal year 2565 runs from 1 October 2564 to 30 September 2565
        assertEquals("1 ต.ค. 2564", BuddhistEra.thai(LocalDate.of(2021, 10, 1)));
        assertEquals("30 ก.ย. 2565", BuddhistEra.thai(LocalDate.of(2022, 9, 30)));
        assertEquals("1 ม.ค. 2566", BuddhistEra.thai(LocalDate.of(2023, 1, 1)));
        assertEquals("29 Feb 2024 (B.E. 2567)", BuddhistEra.english(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void anInstantIsShownOnThailandsClock() {
        Instant morning = Instant.parse("2022-06-06T02:30:00Z");
        assertEquals("6 มิ.ย. 2565 09:30 น.", BuddhistEra.format(morning, Language.TH));
        assertEquals("6 Jun 2022 (B.E. 2565) 09:30", BuddhistEra.format(morning, Language.EN));
        // half past midnight in Chiang Mai is still the previous day in UTC
        assertEquals("1 ม.ค. 2566 00:30 น.", BuddhistEra.format(Instant.parse("2022-12-31T17:30:00Z"), Language.TH));
    }
}
