package smartcity.reporting.i18n;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Function;

/**
 * Thai and English names of agency-service's codes, for pages and for JSON ({@code nameTh}/{@code nameEn}). A code
 * this service has no label for yet (agency-service added a type, say) is named by the code itself, never dropped.
 */
@ApplicationScoped
public class ReferenceNames {

    private static final Map<String, Function<ReferenceLabels, String>> AGENCY_TYPES = Map.ofEntries(
            Map.entry("CENTRAL_GOVERNMENT", ReferenceLabels::agencyType_CENTRAL_GOVERNMENT),
            Map.entry("PROVINCIAL_GOVERNMENT", ReferenceLabels::agencyType_PROVINCIAL_GOVERNMENT),
            Map.entry("LOCAL_ADMINISTRATION", ReferenceLabels::agencyType_LOCAL_ADMINISTRATION),
            Map.entry("STATE_ENTERPRISE", ReferenceLabels::agencyType_STATE_ENTERPRISE),
            Map.entry("PUBLIC_ORGANIZATION", ReferenceLabels::agencyType_PUBLIC_ORGANIZATION),
            Map.entry("EDUCATIONAL_INSTITUTION", ReferenceLabels::agencyType_EDUCATIONAL_INSTITUTION),
            Map.entry("PRIVATE_SECTOR", ReferenceLabels::agencyType_PRIVATE_SECTOR),
            Map.entry("OTHER", ReferenceLabels::agencyType_OTHER));

    private static final Map<String, Function<ReferenceLabels, String>> LOCAL_KINDS = Map.ofEntries(
            Map.entry("PROVINCIAL_ADMINISTRATIVE_ORGANIZATION", ReferenceLabels::localKind_PROVINCIAL_ADMINISTRATIVE_ORGANIZATION),
            Map.entry("CITY_MUNICIPALITY", ReferenceLabels::localKind_CITY_MUNICIPALITY),
            Map.entry("TOWN_MUNICIPALITY", ReferenceLabels::localKind_TOWN_MUNICIPALITY),
            Map.entry("SUBDISTRICT_MUNICIPALITY", ReferenceLabels::localKind_SUBDISTRICT_MUNICIPALITY),
            Map.entry("SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION", ReferenceLabels::localKind_SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION));

    private static final Map<String, Function<ReferenceLabels, String>> DISTRICTS = Map.ofEntries(
            Map.entry("5001", ReferenceLabels::district_5001),
            Map.entry("5002", ReferenceLabels::district_5002),
            Map.entry("5003", ReferenceLabels::district_5003),
            Map.entry("5004", ReferenceLabels::district_5004),
            Map.entry("5005", ReferenceLabels::district_5005),
            Map.entry("5006", ReferenceLabels::district_5006),
            Map.entry("5007", ReferenceLabels::district_5007),
            Map.entry("5008", ReferenceLabels::district_5008),
            Map.entry("5009", ReferenceLabels::district_5009),
            Map.entry("5010", ReferenceLabels::district_5010),
            Map.entry("5011", ReferenceLabels::district_5011),
            Map.entry("5012", ReferenceLabels::district_5012),
            Map.entry("5013", ReferenceLabels::district_5013),
            Map.entry("5014", ReferenceLabels::district_5014),
            Map.entry("5015", ReferenceLabels::district_5015),
            Map.entry("5016", ReferenceLabels::district_5016),
            Map.entry("5017", ReferenceLabels::district_5017),
            Map.entry("5018", ReferenceLabels::district_5018),
            Map.entry("5019", ReferenceLabels::district_5019),
            Map.entry("5020", ReferenceLabels::district_5020),
            Map.entry("5021", ReferenceLabels::district_5021),
            Map.entry("5022", ReferenceLabels::district_5022),
            Map.entry("5023", ReferenceLabels::district_5023),
            Map.entry("5024", ReferenceLabels::district_5024),
            Map.entry("5025", ReferenceLabels::district_5025));

    private final ReferenceLabels english;
    private final ReferenceLabels thai;

    ReferenceNames(ReferenceLabels english, @Localized("th") ReferenceLabels thai) {
        this.english = english;
        this.thai = thai;
    }

    /** An agency type ({@code LOCAL_ADMINISTRATION}, ...). */
    public Name agencyType(String code) {
        return name(AGENCY_TYPES, code);
    }

    /** A kind of local administrative organisation ({@code SUBDISTRICT_MUNICIPALITY}, ...). */
    public Name localKind(String code) {
        return name(LOCAL_KINDS, code);
    }

    /** A district of Chiang Mai by its TIS 1099 geocode ({@code 5001} is Mueang Chiang Mai). */
    public Name district(String geocode) {
        return name(DISTRICTS, geocode);
    }

    private Name name(Map<String, Function<ReferenceLabels, String>> labels, String code) {
        Function<ReferenceLabels, String> label = code == null ? null : labels.get(code);
        return label == null ? new Name(code, code) : new Name(label.apply(thai), label.apply(english));
    }
}
