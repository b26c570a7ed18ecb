package smartcity.reporting.api;

import java.util.List;

/**
 * A report that can also be read as CSV: the same figures as its JSON, one row per group, with a header row. Served
 * when the client sends {@code Accept: text/csv}.
 */
public interface CsvTable {

    List<String> csvHeader();

    List<List<Object>> csvRows();
}
