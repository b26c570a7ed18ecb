package smartcity.reporting.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with the totals a client needs to page through the rest. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PageView<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.page(request.page, request.size).list().stream().map(mapper).toList();
        long total = query.count();
        return new PageView<>(items, request.page, request.size, total, (int) ((total + request.size - 1) / request.size));
    }
}
