package vn.haugiang.digitalhelp.bot.webchat;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.problems.ProblemWriter;

/**
 * A picture upload whose multipart form is broken (or over Spring's multipart limit) fails while the form is
 * parsed, before any controller runs, where the web chat's own error answers cannot reach. This turns that
 * failure into the same polite problem detail, instead of a server error.
 */
@Component
class PictureUploadErrors extends OncePerRequestFilter {

    private final ResidentMessages messages;
    private final ProblemWriter problems;

    PictureUploadErrors(ResidentMessages messages, ProblemWriter problems) {
        this.messages = messages;
        this.problems = problems;
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
            Refusal refusal = Refusal.brokenPictureForm(broken);
            problems.write(request, response, refusal.kind(), messages.get(refusal.text()));
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
