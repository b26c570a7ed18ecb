package smartcity.committee.dimension;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.committee.security.StaffOnly;

@Schema(name = "Dimension", description = "A dimension of Chiang Mai's smart-city framework")
public record DimensionView(
        @Schema(readOnly = true) UUID id,
        @Schema(examples = "SMART_ENERGY") String code,
        @Schema(examples = "ด้านพลังงานอัจฉริยะ") String nameTh,
        @Schema(examples = "Smart Energy") String nameEn,
        String descriptionTh,
        String descriptionEn,
        @Schema(examples = "3") int displayOrder,
        @Schema(readOnly = true, description = "Whether the dimension is part of the current framework") boolean active,
        @Schema(description = "The resolution that introduced it; absent for the seven of the 2022 survey") UUID introducedByResolutionId,
        @Schema(readOnly = true, description = "The resolution that retired it, if any") UUID retiredByResolutionId,
        @Schema(readOnly = true) long version,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, description = StaffOnly.DESCRIPTION) @StaffOnly String createdBy,
        @Schema(readOnly = true, description = StaffOnly.DESCRIPTION) @StaffOnly String updatedBy) {

    static DimensionView from(Dimension dimension) {
        return new DimensionView(dimension.id(), dimension.code(), dimension.nameTh(), dimension.nameEn(),
                dimension.descriptionTh(), dimension.descriptionEn(), dimension.displayOrder(), dimension.active(),
                dimension.introducedByResolutionId(), dimension.retiredByResolutionId(),
                dimension.version(), dimension.createdAt(), dimension.updatedAt(), dimension.createdBy(),
                dimension.updatedBy());
    }
}
