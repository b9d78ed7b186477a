package vn.haugiang.digitalhelp.admin.web;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of a list, as the API returns it and the pages show it.
 *
 * @param page zero-based page number
 */
public record PageView<T>(List<T> items, int page, int size, long totalItems) {

    public PageView {
        items = List.copyOf(items);
    }

    /** The asked-for page of a whole list already in memory. */
    public static <T> PageView<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), (long) request.offset());
        return new PageView<>(all.subList(from, Math.min(all.size(), from + request.size())), request.page(), request.size(),
                all.size());
    }

    @JsonProperty("totalPages")
    public int totalPages() {
        return (int) Math.max(1, (totalItems + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public <R> PageView<R> map(Function<T, R> mapping) {
        return new PageView<>(items.stream().map(mapping).toList(), page, size, totalItems);
    }
}
