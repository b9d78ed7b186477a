package vn.haugiang.digitalhelp.bot.webchat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;

/** Turns anything that goes wrong with a web chat request into a short, polite problem detail (RFC 9457). */
@RestControllerAdvice(assignableTypes = WebChatController.class)
class WebChatErrors {

    private static final Logger log = LoggerFactory.getLogger(WebChatErrors.class);

    private final ResidentMessages messages;

    WebChatErrors(ResidentMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        return answer(new Refusal(ApiProblem.MALFORMED_REQUEST, ResidentText.WEB_BAD_REQUEST));
    }

    /**
     * A picture form that cannot be read, met when the controller asks for its file (multipart forms are
     * read lazily). A form refused before the controller is answered alike by {@link PictureUploadErrors}.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> brokenPictureForm(MultipartException e) {
        return answer(Refusal.brokenPictureForm(e));
    }

    /** MongoDB unreachable on a path that needs it (the turn itself does not): one line, no stack trace. */
    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> databaseAway(DataAccessResourceFailureException e) {
        log.warn("Web chat request failed: MongoDB is unreachable ({})", e.getClass().getSimpleName());
        return serviceFailed();
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> failed(RuntimeException e) {
        log.error("Web chat request failed", e);
        return serviceFailed();
    }

    private ResponseEntity<ProblemDetail> serviceFailed() {
        return answer(new Refusal(ApiProblem.SERVICE_UNAVAILABLE, ResidentText.SERVICE_FAILED));
    }

    private ResponseEntity<ProblemDetail> answer(Refusal refusal) {
        return refusal.kind().answer(messages.get(refusal.text()));
    }
}
