package vn.haugiang.digitalhelp.admin.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links to the previous and next page of a list shown on a page, keeping the other query parameters. */
public record Pager(int page, int totalPages, long totalItems, String previousUrl, String nextUrl) {

    public static Pager of(PageView<?> view) {
        return new Pager(view.page(), view.totalPages(), view.totalItems(),
                view.hasPrevious() ? pageUrl(view.page() - 1) : null,
                view.hasNext() ? pageUrl(view.page() + 1) : null);
    }

    private static String pageUrl(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }
}
