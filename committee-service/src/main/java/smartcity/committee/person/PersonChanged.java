package smartcity.committee.person;

import java.util.UUID;

/**
 * Fired, synchronously and in the writing transaction, when a person's names or posts change: whatever is concluded
 * from them (a seat's vacancy periods name the previous holder and judge the posts) is recomputed in the same revision.
 */
public record PersonChanged(UUID personId) {
}
