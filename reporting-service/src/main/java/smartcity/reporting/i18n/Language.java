package smartcity.reporting.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import smartcity.reporting.api.InvalidField;

/**
 * The languages the service presents its pages and labels in. Thai is the province's working language and the default.
 *
 * <p>Which one a request gets: an explicit {@code lang} parameter wins; without one, the first supported language in
 * the {@code Accept-Language} header (by its q-values); Thai when the header is absent, unreadable or names none of
 * ours. A {@code lang} value that is neither {@code th} nor {@code en} is a 400 validation problem, not a silent
 * fallback: it only comes from a typed or generated link, and answering it in another language would hide the mistake.
 * The header, on the other hand, is a browser's preference list, so it can only ever narrow the choice.
 */
public enum Language {
    TH("th"),
    EN("en");

    public static final Language DEFAULT = TH;

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The BCP 47 tag: {@code th} or {@code en}, as in {@code lang=} and {@code <html lang>}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language with this tag ({@code th}, {@code EN}, ...), if it is one of ours. */
    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language for a request.
     *
     * @param lang the {@code lang} query parameter; absent or blank leaves the choice to the header
     * @param acceptLanguage the {@code Accept-Language} header, or null
     * @throws InvalidField (400) when {@code lang} is given but is neither {@code th} nor {@code en}
     */
    public static Language resolve(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return of(lang).orElseThrow(() -> new InvalidField("lang", "must be th or en"));
        }
        return preferred(acceptLanguage);
    }

    /** The first of our languages an {@code Accept-Language} header asks for, by weight; Thai when it asks for none. */
    public static Language preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException unreadable) {
            return DEFAULT;
        }
        // parse() orders the ranges by weight, highest first, keeping the header's order among equals
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primary = range.getRange().split("-", 2)[0];
            Optional<Language> language = of(primary);
            if (language.isPresent()) {
                return language.get();
            }
        }
        return DEFAULT;
    }
}
