package vn.haugiang.digitalhelp.bot.webchat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;

/** Turns anything that goes wrong with a web chat request into a short, polite JSON answer. */
@RestControllerAdvice(assignableTypes = WebChatController.class)
class WebChatErrors {

    private static final Logger log = LoggerFactory.getLogger(WebChatErrors.class);

    private final ResidentMessages messages;

    WebChatErrors(ResidentMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ChatError> unreadable(Exception e) {
        return ResponseEntity.badRequest().body(new ChatError(messages.get(ResidentText.WEB_BAD_REQUEST)));
    }

    /**
     * A picture form that cannot be read, met when the controller asks for its file (multipart forms are
     * read lazily): 413 over the size limit, 400 for a broken form. A form refused before the controller
     * is answered alike by {@link PictureUploadErrors}.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ChatError> brokenPictureForm(MultipartException e) {
        return pictureFormRefused(e, messages);
    }

    /** The one answer to a picture form that cannot be read, wherever it is met. */
    static ResponseEntity<ChatError> pictureFormRefused(MultipartException e, ResidentMessages messages) {
        if (e instanceof MaxUploadSizeExceededException) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(new ChatError(messages.get(ResidentText.PICTURE_TOO_LARGE)));
        }
        return ResponseEntity.badRequest().body(new ChatError(messages.get(ResidentText.WEB_BAD_REQUEST)));
    }

    /** MongoDB unreachable on a path that needs it (the turn itself does not): one line, no stack trace. */
    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ChatError> databaseAway(DataAccessResourceFailureException e) {
        log.warn("Web chat request failed: MongoDB is unreachable ({})", e.getClass().getSimpleName());
        return serviceFailed();
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ChatError> failed(RuntimeException e) {
        log.error("Web chat request failed", e);
        return serviceFailed();
    }

    private ResponseEntity<ChatError> serviceFailed() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new ChatError(messages.get(ResidentText.SERVICE_FAILED)));
    }
}
