package smartcity.committee.person;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the text of a post is kept and compared. Kept: NFC, runs of white space as one space, stripped. Compared: the
 * same with no white space at all and in lower case, since Thai writes words together and a stray space (or a
 * zero-width one pasted from a document) inside "พลังงานจังหวัด เชียงใหม่" does not make it another post.
 */
public final class PostText {

    /** White space as Unicode sees it, including no-break and zero-width spaces, which Java's {@code \s} misses. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\u200C\\u200D\\u2060\\uFEFF]+");

    private PostText() {
    }

    /** The text as it is kept and shown; null for none or blank. */
    public static String display(String text) {
        if (text == null) {
            return null;
        }
        // kept exactly as sent (a Thai text round-trips byte for byte); only comparisons normalise, see key()
        String kept = text.strip();
        return kept.isEmpty() ? null : kept;
    }

    /** The text as it is compared; null for none or blank. */
    public static String key(String text) {
        if (text == null) {
            return null;
        }
        String key = SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("").toLowerCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    /** Whether two texts name the same post: both present and equal once normalised. */
    public static boolean same(String a, String b) {
        String left = key(a);
        return left != null && left.equals(key(b));
    }
}
