package smartcity.agency;

import java.util.List;
import java.util.UUID;

/**
 * The agencies of a list, to be answered as CSV when the client asks for {@code text/csv}: their ids, in the list's
 * order, so that the csv package can stream the rows a chunk at a time ({@link AgencyRepository#exportRows}) in the
 * format the import reads back, instead of holding every agency in memory.
 */
public record AgencyExport(List<UUID> ids) {

    public static final String MEDIA_TYPE = "text/csv";

    /**
     * Starts an export of the agencies a filter matches, or refuses it (a problem) when too many run already. The csv
     * package provides it, so that the registry's resource depends on no more of that package than this.
     */
    public interface Starter {

        AgencyExport start(AgencyFilter filter);
    }

    /** One agency as the export shows it: the fields a client controls, the parent by its code, then id and status. */
    public record Row(UUID id, String code, String nameTh, String nameEn, String abbreviation, AgencyType type,
            LocalAdministrationKind localKind, String dlaCode, String parentCode, String district, String address,
            String phone, String email, String website, AgencyStatus status) {
    }
}
