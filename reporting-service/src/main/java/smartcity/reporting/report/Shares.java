package smartcity.reporting.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Percentages as the province reports them: to one decimal, and as whole numbers that add up to exactly 100 by the
 * largest-remainder method (19 and 72 of 91 read 20.9 % / 21 % and 79.1 % / 79 %).
 */
public final class Shares {

    private Shares() {
    }

    public record Share(long count, BigDecimal percent, int wholePercent) {
    }

    /** One share per count, of their total; all zero when the total is zero. */
    public static List<Share> of(List<Long> counts) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        List<Share> shares = new ArrayList<>();
        if (total == 0) {
            counts.forEach(count -> shares.add(new Share(count, BigDecimal.ZERO.setScale(1), 0)));
            return shares;
        }
        int[] whole = new int[counts.size()];
        List<Integer> byRemainder = new ArrayList<>();
        int assigned = 0;
        for (int i = 0; i < counts.size(); i++) {
            whole[i] = (int) (counts.get(i) * 100 / total);
            assigned += whole[i];
            byRemainder.add(i);
        }
        // the points still missing to 100 go to the largest remainders; ties to the larger count, then the earlier one
        byRemainder.sort(Comparator.<Integer>comparingLong(i -> -(counts.get(i) * 100 % total))
                .thenComparingLong(i -> -counts.get(i))
                .thenComparingInt(i -> i));
        for (int k = 0; k < 100 - assigned; k++) {
            whole[byRemainder.get(k)]++;
        }
        for (int i = 0; i < counts.size(); i++) {
            BigDecimal percent = BigDecimal.valueOf(counts.get(i) * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
            shares.add(new Share(counts.get(i), percent, whole[i]));
        }
        return shares;
    }
}
