package smartcity.reporting.i18n;

/**
 * A name in Thai and English, as the suite's representations carry it ({@code nameTh}, {@code nameEn}). The Thai name
 * is the official one and always present; the English one may be missing, and then Thai stands in for it.
 */
public record Name(String th, String en) {

    /** A name known only in Thai. */
    public static Name thai(String th) {
        return new Name(th, null);
    }

    /** The name for readers of the language. */
    public String in(Language language) {
        return language == Language.EN && en != null && !en.isBlank() ? en : th;
    }
}
