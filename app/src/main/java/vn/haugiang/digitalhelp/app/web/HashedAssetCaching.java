package vn.haugiang.digitalhelp.app.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * A style sheet or script asked for by its current versioned address (its content's hash in the name, as the chat
 * page and the console link them: {@code spring.web.resources.chain}) never changes, so a phone may keep it a year
 * without asking again. Only those: a file asked for by its plain name keeps the ordinary rules (asked about again),
 * so nothing that links a plain name is held on a phone past an upgrade. An address with another version's hash (a
 * page of the other version while several instances are upgraded one by one) gets the current file, to be asked
 * about again next time, rather than a page without its style.
 */
@Component
class HashedAssetCaching extends OncePerRequestFilter {

    /** The name the resource chain's content strategy gives: {@code chat-4799fa264fe91a231fc6fb28c866fb5f.css}. */
    private static final Pattern HASHED = Pattern.compile("-[0-9a-f]{32}(\\.(?:css|js))$");
    private static final String KEPT_FOR_A_YEAR = "max-age=31536000, immutable";

    private final ResourceUrlProvider assets;

    HashedAssetCaching(ResourceUrlProvider assets) {
        this.assets = assets;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !HASHED.matcher(request.getRequestURI()).find();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String plain = HASHED.matcher(path).replaceFirst("$1");
        String current = assets.getForLookupPath(plain);
        if (path.equals(current)) {
            // set before the response is written: Spring Security's own cache headers step aside for it
            response.setHeader(HttpHeaders.CACHE_CONTROL, KEPT_FOR_A_YEAR);
            chain.doFilter(request, response);
        } else if (current != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
            request.getRequestDispatcher(plain).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
