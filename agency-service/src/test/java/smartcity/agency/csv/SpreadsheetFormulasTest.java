package smartcity.agency.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetFormulasTest {

    @Test
    void everyValueASpreadsheetWouldTakeForAFormulaGetsOneApostropheBeforeIt() {
        assertEquals("'=HYPERLINK(\"http://x\")", SpreadsheetFormulas.neutralise("=HYPERLINK(\"http://x\")"));
        assertEquals("'+66 53 112 233", SpreadsheetFormulas.neutralise("+66 53 112 233"));
        assertEquals("'-1", SpreadsheetFormulas.neutralise("-1"));
        assertEquals("'@SUM(A1)", SpreadsheetFormulas.neutralise("@SUM(A1)"));
        assertEquals("'\tx", SpreadsheetFormulas.neutralise("\tx"));
        assertEquals("'\rx", SpreadsheetFormulas.neutralise("\rx"));
        // apostrophes already before a formula: one more, so that the import can remove exactly one
        assertEquals("''=already", SpreadsheetFormulas.neutralise("'=already"));
        assertEquals("'''+x", SpreadsheetFormulas.neutralise("''+x"));
    }

    @Test
    void otherValuesAreLeftAsTheyAre() {
        for (String value : new String[] {"", "053 112 345", "1+1", "a=b", "'quoted", "''", "'", "ศาลากลาง - ถนนโชตนา", "x@y.th"}) {
            assertEquals(value, SpreadsheetFormulas.neutralise(value));
            assertEquals(value, SpreadsheetFormulas.restore(value));
        }
        assertEquals(null, SpreadsheetFormulas.neutralise(null));
    }

    @Test
    void restoringANeutralisedValueGivesTheValueBack() {
        for (String value : new String[] {"=1", "+66 53 112 233", "-", "@", "\t", "\r", "'=already", "''=x", "'''@x",
                "'quoted", "plain", "'", "''"}) {
            assertEquals(value, SpreadsheetFormulas.restore(SpreadsheetFormulas.neutralise(value)), value);
        }
        // a value typed with one apostrophe before a formula reads as the formula's text, as the export means it
        assertEquals("=x", SpreadsheetFormulas.restore("'=x"));
    }
}
