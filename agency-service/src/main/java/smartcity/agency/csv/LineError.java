package smartcity.agency.csv;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CsvLineError", description = "One broken rule in an imported CSV file")
public record LineError(
        @Schema(description = "The record's line in the file; the header is line 1", examples = "7") int line,
        @Schema(description = "The column, when the rule is about one", examples = "district") String field,
        @Schema(examples = "no Chiang Mai district has this geocode") String message) {
}
