package smartcity.agency.csv;

/**
 * Keeps a spreadsheet from running an exported value as a formula (CSV injection), and gives the import the value back.
 *
 * <p>A spreadsheet takes a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (and, OWASP adds, a tab or
 * a carriage return) for a formula; an agency editor controls its own contact data, so such a value could run in the
 * secretariat's spreadsheet. The export puts an apostrophe before it, as reporting-service's report CSVs do, which a
 * spreadsheet shows as text. So that the import reads an exported file back unchanged, the rule also covers values that
 * already start with apostrophes before such a character: any value made of zero or more apostrophes and then one of
 * those characters gets one more apostrophe, and the import removes one from a value made of one or more apostrophes
 * and then one of them. {@code +66 53 112 233} is exported as {@code '+66 53 112 233}, {@code '=x} as {@code ''=x}, and
 * both come back as they were; {@code 'quoted} and {@code 1+1} are left as they are both ways.
 */
final class SpreadsheetFormulas {

    /** What a spreadsheet takes for the start of a formula (OWASP, CSV Injection). */
    private static final String FORMULA_START = "=+-@\t\r";

    private SpreadsheetFormulas() {
    }

    /** The value as the export writes it. */
    static String neutralise(String value) {
        return value != null && apostrophesThenFormula(value, 0) ? "'" + value : value;
    }

    /** The value an exported field stands for: exactly the apostrophe {@link #neutralise} added is removed. */
    static String restore(String value) {
        return value != null && value.startsWith("'") && apostrophesThenFormula(value, 1) ? value.substring(1) : value;
    }

    private static boolean apostrophesThenFormula(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && FORMULA_START.indexOf(value.charAt(i)) >= 0;
    }
}
