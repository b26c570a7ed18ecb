package smartcity.committee.dimension;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The smart-city framework's use cases: reading it, and extending it with a new dimension. */
@ApplicationScoped
public class Framework {

    private final DimensionRepository dimensions;

    public Framework(DimensionRepository dimensions) {
        this.dimensions = dimensions;
    }

    public Dimension dimension(UUID id) {
        return dimensions.findByIdOptional(id).orElseThrow(() -> new DimensionNotFound(id));
    }

    @Transactional
    public Dimension introduce(DimensionCreate request, String actor) {
        if (dimensions.findByCode(request.code()).isPresent()) {
            throw new DimensionCodeTaken(request.code());
        }
        int displayOrder = request.displayOrder() != null ? request.displayOrder() : dimensions.nextDisplayOrder();
        Dimension dimension = Dimension.introduce(request.code(), request.nameTh().strip(), request.nameEn().strip(),
                request.descriptionTh(), request.descriptionEn(), displayOrder, actor);
        dimensions.persistAndFlush(dimension);
        return dimension;
    }
}
