package vn.haugiang.digitalhelp.bot.webchat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;

/**
 * A picture upload whose multipart form is broken (or over Spring's multipart limit) fails while the form is
 * parsed, before any controller runs, where the web chat's own error answers cannot reach. This turns that
 * failure into the same polite JSON error, instead of a server error.
 */
@Component
class PictureUploadErrors extends OncePerRequestFilter {

    private final ResidentMessages messages;
    private final JsonMapper json;

    PictureUploadErrors(ResidentMessages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals("/api/chat/photo");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | MultipartException e) {
            MultipartException broken = multipartCause(e);
            if (broken == null || response.isCommitted()) {
                throw e;
            }
            ResponseEntity<ChatError> refused = WebChatErrors.pictureFormRefused(broken, messages);
            response.resetBuffer();
            response.setStatus(refused.getStatusCode().value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(json.writeValueAsString(refused.getBody()));
        }
    }

    private static MultipartException multipartCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MultipartException multipart) {
                return multipart;
            }
        }
        return null;
    }
}
