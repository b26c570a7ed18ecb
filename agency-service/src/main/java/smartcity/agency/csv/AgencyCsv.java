package smartcity.agency.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import smartcity.agency.AgencyExport;
import smartcity.agency.AgencyRepository;

/**
 * The agency CSV format, one column per field a client controls (the parent by its code, so that a file moves between
 * installations), then the read-only {@code id} and {@code status}, which the import ignores. UTF-8, header row, no
 * byte-order mark (the import accepts one). Values a spreadsheet would take for a formula carry a leading apostrophe,
 * which the import removes again ({@link SpreadsheetFormulas}).
 */
@ApplicationScoped
public class AgencyCsv {

    public static final String MEDIA_TYPE = AgencyExport.MEDIA_TYPE;

    static final List<String> COLUMNS = List.of("code", "nameTh", "nameEn", "abbreviation", "type", "localKind",
            "dlaCode", "parentCode", "district", "address", "phone", "email", "website");
    static final List<String> READ_ONLY_COLUMNS = List.of("id", "status");

    /** The export reads this many agencies per query, and holds no more than that in memory. */
    static final int ROWS_PER_QUERY = 500;

    private final CsvMapper mapper = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            // quote a field only when it must be (comma, quote, line break), as spreadsheets do
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private final CsvSchema schema;
    private final AgencyRepository agencies;

    AgencyCsv(AgencyRepository agencies) {
        this.agencies = agencies;
        CsvSchema.Builder columns = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(columns::addColumn);
        READ_ONLY_COLUMNS.forEach(columns::addColumn);
        this.schema = columns.build();
    }

    /**
     * The export as UTF-8 CSV, header row first; quoted as the import reads it back. Streamed: the rows are read
     * {@value #ROWS_PER_QUERY} at a time, in the order of the export's ids, each chunk written before the next is read.
     */
    void write(AgencyExport export, OutputStream out) throws IOException {
        List<UUID> ids = export.ids();
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try (SequenceWriter rows = mapper.writer(schema).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(text)) {
            for (int from = 0; from < ids.size(); from += ROWS_PER_QUERY) {
                List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_QUERY));
                Map<UUID, AgencyExport.Row> byId = agencies.exportRows(chunk).stream()
                        .collect(Collectors.toMap(AgencyExport.Row::id, Function.identity()));
                for (UUID id : chunk) {
                    AgencyExport.Row row = byId.get(id);
                    if (row != null) { // agencies are never deleted; this guards the stream, not the data
                        rows.write(fields(row));
                    }
                }
            }
        }
        text.flush(); // the container closes the stream
    }

    /** The record of an agency: its fields as the columns list them, each neutralised for spreadsheets. */
    static List<String> fields(AgencyExport.Row row) {
        return Arrays.asList(row.code(), row.nameTh(), row.nameEn(), row.abbreviation(), row.type().name(),
                        row.localKind() == null ? null : row.localKind().name(), row.dlaCode(), row.parentCode(),
                        row.district(), row.address(), row.phone(), row.email(), row.website(), row.id().toString(),
                        row.status().name())
                .stream().map(value -> value == null ? "" : SpreadsheetFormulas.neutralise(value)).toList();
    }

    /** The records of a CSV text, header first; each record's fields as they stand (quotes removed). */
    List<String[]> read(String text) throws IOException {
        List<String[]> records = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
            while (it.hasNextValue()) {
                records.add(it.nextValue());
            }
        }
        return records;
    }
}
