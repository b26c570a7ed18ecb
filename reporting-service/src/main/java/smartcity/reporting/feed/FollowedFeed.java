package smartcity.reporting.feed;

import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * A change feed as its follower describes it to {@link FeedCursors#follow}; the loop, the cursor and the transactions
 * are the platform's, what a page changes is the follower's.
 *
 * @param name the cursor's row in {@code feed_cursor}
 * @param read the page after a position: a call to the neighbour, made outside any transaction
 * @param empty whether a page holds nothing new
 * @param next the position after a page, where the cursor moves once the page is applied
 * @param apply applies a page's changes, inside the transaction that holds the cursor's lock; returns how many changed
 *        the local copy
 * @param <P> the feed's page, as the follower reads it
 */
public record FollowedFeed<P>(String name, LongFunction<P> read, Predicate<P> empty, ToLongFunction<P> next,
        ToIntFunction<P> apply) {
}
