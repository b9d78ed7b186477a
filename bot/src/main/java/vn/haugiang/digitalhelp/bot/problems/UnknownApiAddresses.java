package vn.haugiang.digitalhelp.bot.problems;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address under {@code /api/} that does not exist, or a method an address does not take, answered as
 * every other API error is: a problem detail. Both are met before any controller
 * is chosen, so the controllers' own advice never sees them. Elsewhere (pages, assets) they are thrown on,
 * to Spring's HTML error page.
 */
@RestControllerAdvice
class UnknownApiAddresses {

    private static final String API = "/api/";

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchAddress(NoResourceFoundException e, HttpServletRequest request)
            throws NoResourceFoundException {
        if (!underApi(request)) {
            throw e;
        }
        return ApiProblem.NOT_FOUND.answer("Không có địa chỉ này trong API; hãy xem tài liệu API.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotTaken(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        if (!underApi(request)) {
            throw e;
        }
        HttpHeaders allowed = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            allowed.setAllow(e.getSupportedHttpMethods());
        }
        return ApiProblem.METHOD_NOT_ALLOWED.response().headers(allowed)
                .body(ApiProblem.METHOD_NOT_ALLOWED.detail("Địa chỉ này không nhận phương thức " + e.getMethod() + "."));
    }

    private static boolean underApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API);
    }
}
