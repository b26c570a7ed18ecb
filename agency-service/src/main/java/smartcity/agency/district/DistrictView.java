package smartcity.agency.district;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "District", description = "A district (amphoe) of Chiang Mai province")
public record DistrictView(
        @Schema(description = "TIS 1099 geocode: province 50 followed by the district number", examples = "5001") String code,
        @Schema(examples = "เมืองเชียงใหม่") String nameTh,
        @Schema(examples = "Mueang Chiang Mai") String nameEn) {

    static DistrictView from(District district) {
        return new DistrictView(district.code(), district.nameTh(), district.nameEn());
    }
}
