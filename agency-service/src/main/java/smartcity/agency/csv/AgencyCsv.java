package smartcity.agency.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import smartcity.agency.Agency;
import smartcity.agency.AgencyExport;
import smartcity.agency.AgencyRepository;

/**
 * The agency CSV format, one column per field a client controls (the parent by its code, so that a file moves between
 * installations), then the read-only {@code id} and {@code status}, which the import ignores. UTF-8, header row.
 */
@ApplicationScoped
public class AgencyCsv {

    public static final String MEDIA_TYPE = AgencyExport.MEDIA_TYPE;

    static final List<String> COLUMNS = List.of("code", "nameTh", "nameEn", "abbreviation", "type", "localKind",
            "dlaCode", "parentCode", "district", "address", "phone", "email", "website");
    static final List<String> READ_ONLY_COLUMNS = List.of("id", "status");

    private final CsvMapper mapper = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            // quote a field only when it must be (comma, quote, line break), as spreadsheets do
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private final AgencyRepository agencies;

    AgencyCsv(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** The agencies as the export's rows, each parent by its code. */
    List<List<String>> rows(List<Agency> list) {
        Map<UUID, String> parentCodes = agencies.codesById(list.stream().map(Agency::parentId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<List<String>> rows = new ArrayList<>();
        for (Agency agency : list) {
            rows.add(List.of(text(agency.code()), text(agency.nameTh()), text(agency.nameEn()), text(agency.abbreviation()),
                    agency.type().name(), agency.localKind() == null ? "" : agency.localKind().name(), text(agency.dlaCode()),
                    agency.parentId() == null ? "" : text(parentCodes.get(agency.parentId())), text(agency.district()), text(agency.address()),
                    text(agency.phone()), text(agency.email()), text(agency.website()), agency.id().toString(),
                    agency.status().name()));
        }
        return rows;
    }

    /** The export as UTF-8 CSV, header row first; quoted as the import reads it back. */
    void write(AgencyExport export, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        READ_ONLY_COLUMNS.forEach(schema::addColumn);
        OutputStreamWriter text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        mapper.writer(schema.build()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(text, rows(export.agencies()));
        text.flush(); // the container closes the stream

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

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
