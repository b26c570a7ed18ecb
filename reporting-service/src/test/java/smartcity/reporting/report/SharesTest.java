package smartcity.reporting.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void nineteenAndSeventyTwoOfNinetyOneReadAsTheProvinceReportedThem() {
        List<Shares.Share> shares = Shares.of(List.of(19L, 72L, 0L));
        assertEquals(new BigDecimal("20.9"), shares.get(0).percent());
        assertEquals(21, shares.get(0).wholePercent());
        assertEquals(new BigDecimal("79.1"), shares.get(1).percent());
        assertEquals(79, shares.get(1).wholePercent());
        assertEquals(0, shares.get(2).wholePercent());
    }

    @Test
    void wholePercentagesAlwaysAddUpToOneHundred() {
        // three equal thirds: naive rounding gives 33 + 33 + 33 = 99
        List<Shares.Share> thirds = Shares.of(List.of(1L, 1L, 1L));
        assertEquals(100, thirds.stream().mapToInt(Shares.Share::wholePercent).sum());
        assertEquals(List.of(34, 33, 33), thirds.stream().map(Shares.Share::wholePercent).toList());
        for (long a = 0; a <= 30; a++) {
            for (long b = 0; b <= 30; b++) {
                List<Shares.Share> s = Shares.of(List.of(a, b, 7L));
                assertEquals(100, s.stream().mapToInt(Shares.Share::wholePercent).sum(), a + "/" + b + "/7");
            }
        }
    }

    @Test
    void nothingCountedIsZeroEverywhere() {
        List<Shares.Share> shares = Shares.of(List.of(0L, 0L));
        assertEquals(0, shares.get(0).wholePercent());
        assertEquals(new BigDecimal("0.0"), shares.get(1).percent());
    }
}
