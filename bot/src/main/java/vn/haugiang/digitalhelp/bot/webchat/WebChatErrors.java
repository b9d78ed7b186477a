package vn.haugiang.digitalhelp.bot.webchat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

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

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ChatError> failed(RuntimeException e) {
        log.error("Web chat request failed", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new ChatError(messages.get(ResidentText.SERVICE_FAILED)));
    }
}
