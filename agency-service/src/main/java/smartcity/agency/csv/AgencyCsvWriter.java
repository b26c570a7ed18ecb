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
 * Writes an {@link AgencyExport} as UTF-8 CSV with a header row, in the format {@code POST /agencies/import} reads back.
 * It differs from reporting-service's report CSVs on purpose in one way and for now in another: values are written as
 * they are, without the apostrophe the reports put before a value a spreadsheet would take for a formula, because the
 * import would keep that apostrophe as part of the value (a phone {@code +66 53 ...} would not come back unchanged); and
 * there is no byte-order mark (the import accepts one; whether the export should carry one is decided separately).
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
