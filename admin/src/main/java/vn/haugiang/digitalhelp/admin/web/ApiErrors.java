package vn.haugiang.digitalhelp.admin.web;

import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import vn.haugiang.digitalhelp.admin.ApiError;
import vn.haugiang.digitalhelp.admin.security.UsernameTakenException;
import vn.haugiang.digitalhelp.kb.article.ArticleNotFoundException;
import vn.haugiang.digitalhelp.kb.article.ArticleVersionConflictException;
import vn.haugiang.digitalhelp.kb.article.SlugTakenException;

/** Every failure of the admin API as a status and one Vietnamese sentence in JSON; never a stack trace. */
@RestControllerAdvice(annotations = AdminApi.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(BadInputException.class)
    ResponseEntity<ApiError> badInput(BadInputException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, "Nội dung gửi lên không phải JSON hợp lệ theo mẫu của API.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> wrongContentType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.BAD_REQUEST, "Kiểu nội dung (Content-Type) không đúng: cần "
                + e.getSupportedMediaTypes().stream().map(Object::toString).reduce((a, b) -> a + " hoặc " + b).orElse("JSON")
                + ".");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, "Tham số '" + e.getName() + "' không hợp lệ.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, "Thiếu tham số '" + e.getParameterName() + "'.");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return answer(HttpStatus.BAD_REQUEST, "Thiếu tệp '" + e.getRequestPartName() + "'.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, BadInputException.uploadTooLarge().getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "Địa chỉ này không nhận phương thức " + e.getMethod() + ".");
    }

    @ExceptionHandler(ArticleNotFoundException.class)
    ResponseEntity<ApiError> notFound(ArticleNotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, "Không tìm thấy bài hướng dẫn (hoặc phiên bản) này.");
    }

    @ExceptionHandler(ArticleVersionConflictException.class)
    ResponseEntity<ApiError> conflict(ArticleVersionConflictException e) {
        return answer(HttpStatus.CONFLICT, GuideConflictText.of(e));
    }

    @ExceptionHandler(SlugTakenException.class)
    ResponseEntity<ApiError> slugTaken(SlugTakenException e) {
        return answer(HttpStatus.CONFLICT, "Đường dẫn (slug) '" + e.slug() + "' đã có bài khác dùng.");
    }

    @ExceptionHandler(UsernameTakenException.class)
    ResponseEntity<ApiError> usernameTaken(UsernameTakenException e) {
        return answer(HttpStatus.CONFLICT, "Tên đăng nhập này đã có người dùng.");
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> stateConflict(ConflictException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ApiError> missing(NoSuchElementException e) {
        return answer(HttpStatus.NOT_FOUND, "Không tìm thấy.");
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ApiError> failed(RuntimeException e) {
        log.error("Admin API request failed", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Máy chủ gặp lỗi khi xử lý yêu cầu; hãy thử lại sau.");
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ApiError(message));
    }
}
