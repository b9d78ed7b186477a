package vn.haugiang.digitalhelp.admin.web;

import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import vn.haugiang.digitalhelp.admin.security.UsernameTakenException;
import vn.haugiang.digitalhelp.bot.metrics.Period;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;
import vn.haugiang.digitalhelp.kb.article.ArticleNotFoundException;
import vn.haugiang.digitalhelp.kb.article.ArticleVersionConflictException;
import vn.haugiang.digitalhelp.kb.article.SlugTakenException;

/**
 * Every failure of the admin API as a problem detail (RFC 9457, {@code application/problem+json}): a stable
 * {@code type} per kind of problem and one Vietnamese sentence as its {@code detail}; never a stack trace.
 */
@RestControllerAdvice(annotations = AdminApi.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler({BadInputException.class, Period.InvalidPeriod.class})
    ResponseEntity<ProblemDetail> badInput(RuntimeException e) {
        return ApiProblem.INVALID_INPUT.answer(e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return ApiProblem.MALFORMED_REQUEST.answer("Nội dung gửi lên không phải JSON hợp lệ theo mẫu của API.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongContentType(HttpMediaTypeNotSupportedException e) {
        return ApiProblem.MALFORMED_REQUEST.answer("Kiểu nội dung (Content-Type) không đúng: cần "
                + e.getSupportedMediaTypes().stream().map(Object::toString).reduce((a, b) -> a + " hoặc " + b).orElse("JSON")
                + ".");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return ApiProblem.MALFORMED_REQUEST.answer("Tham số '" + e.getName() + "' không hợp lệ.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return ApiProblem.MALFORMED_REQUEST.answer("Thiếu tham số '" + e.getParameterName() + "'.");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return ApiProblem.MALFORMED_REQUEST.answer("Thiếu tệp '" + e.getRequestPartName() + "'.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return ApiProblem.REQUEST_TOO_LARGE.answer(BadInputException.uploadTooLarge().getMessage());
    }

    @ExceptionHandler(ArticleNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ArticleNotFoundException e) {
        return ApiProblem.NOT_FOUND.answer("Không tìm thấy bài hướng dẫn (hoặc phiên bản) này.");
    }

    @ExceptionHandler(ArticleVersionConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ArticleVersionConflictException e) {
        return ApiProblem.EDIT_CONFLICT.answer(GuideConflictText.of(e));
    }

    @ExceptionHandler(SlugTakenException.class)
    ResponseEntity<ProblemDetail> slugTaken(SlugTakenException e) {
        return ApiProblem.NAME_TAKEN.answer("Đường dẫn (slug) '" + e.slug() + "' đã có bài khác dùng.");
    }

    @ExceptionHandler(UsernameTakenException.class)
    ResponseEntity<ProblemDetail> usernameTaken(UsernameTakenException e) {
        return ApiProblem.NAME_TAKEN.answer("Tên đăng nhập này đã có người dùng.");
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> stateConflict(ConflictException e) {
        return ApiProblem.STATE_CONFLICT.answer(e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> missing(NoSuchElementException e) {
        return ApiProblem.NOT_FOUND.answer("Không tìm thấy.");
    }

    /**
     * Left to Spring Security, whose handler answers 403 for the admin API: thrown on, so the handler for
     * any other failure below does not turn it into a server error.
     */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> failed(RuntimeException e) {
        log.error("Admin API request failed", e);
        return ApiProblem.SERVER_ERROR.answer("Máy chủ gặp lỗi khi xử lý yêu cầu; hãy thử lại sau.");
    }
}
