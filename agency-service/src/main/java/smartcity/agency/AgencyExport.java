package smartcity.agency;

import java.util.List;

/**
 * The agencies of a list, to be answered as CSV when the client asks for {@code text/csv}; the csv package writes them
 * in the format the import reads back.
 */
public record AgencyExport(List<Agency> agencies) {

    public static final String MEDIA_TYPE = "text/csv";
}
