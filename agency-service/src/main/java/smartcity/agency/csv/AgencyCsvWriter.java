package smartcity.agency.csv;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import smartcity.agency.AgencyExport;

/**
 * Writes an {@link AgencyExport} as UTF-8 CSV with a header row, in the format {@code POST /agencies/import} reads back,
 * streaming it from the database ({@link AgencyCsv#write}); {@link ConcurrentExports} started it, as one of at most a
 * few exports at once.
 *
 * <p>Like reporting-service's report CSVs, it puts an apostrophe before a value a spreadsheet would take for a formula
 * (one starting with {@code = + - @}, a tab or a carriage return), so that opening the export cannot run what an agency
 * editor typed into its contact data. Unlike the reports, the file is also an import format, so the rule is made
 * reversible: a value of apostrophes followed by such a character gets one apostrophe more, and the import removes
 * exactly one ({@link SpreadsheetFormulas}); {@code +66 53 112 233} is written {@code '+66 53 112 233}, {@code '=x} is
 * written {@code ''=x}, and both import back as they were. It differs from the reports in one more way: there is no
 * byte-order mark, so the first line is the header for the scripts that read the file (the import accepts a mark,
 * as a spreadsheet saving "CSV UTF-8" writes one).
 */
@Provider
@Produces(AgencyCsv.MEDIA_TYPE)
public class AgencyCsvWriter implements MessageBodyWriter<AgencyExport> {

    private final AgencyCsv csv;

    AgencyCsvWriter(AgencyCsv csv) {
        this.csv = csv;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return AgencyExport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(AgencyExport export, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        // the type negotiated carries the resource's qs parameter, which is for negotiation and not for the client
        headers.putSingle(HttpHeaders.CONTENT_TYPE, AgencyCsv.MEDIA_TYPE + ";charset=UTF-8");
        csv.write(export, out);
    }
}
