package smartcity.agency.csv;

import java.util.List;

/**
 * The agencies of a list as the CSV export holds them, one row per agency in {@link AgencyCsv}'s columns; written by
 * {@link AgencyCsvWriter} when the client asks for {@code text/csv}.
 */
public record AgencyExport(List<List<String>> rows) {
}
