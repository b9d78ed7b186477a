package vn.haugiang.digitalhelp.bot.limits;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.pictures.PictureProperties;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;
import vn.haugiang.digitalhelp.bot.problems.ProblemWriter;

/**
 * Refuses request bodies over {@code digitalhelp.limits.max-body} with 413 (a problem detail) before anything parses them,
 * on every path (resident and admin). A declared length is checked at once; a body sent without one
 * (chunked) is read up to the limit and handed on from memory. A zip (the guide import) may be as large
 * as {@code max-upload}; multipart uploads are left to Spring's multipart limits, except that a picture
 * for the web chat declared larger than {@code digitalhelp.pictures.max-bytes} is refused at once; the zip's contents have
 * their own limits in the import.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** The web chat's picture upload: a picture larger than {@code digitalhelp.pictures.max-bytes} is refused here. */
    static final String PICTURE_UPLOAD = "/api/chat/photo";

    /** Room for a multipart form's own lines around the picture it carries. */
    private static final long FORM_OVERHEAD = 64 * 1024;

    private final long maxBytes;
    private final long maxUploadBytes;
    private final long maxPictureForm;
    private final ResidentMessages messages;
    private final ProblemWriter problems;

    RequestBodyLimitFilter(LimitsProperties limits, PictureProperties pictures, ResidentMessages messages,
                           ProblemWriter problems) {
        this.maxBytes = limits.maxBody().toBytes();
        this.maxUploadBytes = limits.maxUpload().toBytes();
        this.maxPictureForm = pictures.maxBytes().toBytes() + FORM_OVERHEAD;
        this.messages = messages;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request)) {
            if (request.getRequestURI().equals(PICTURE_UPLOAD) && request.getContentLengthLong() > maxPictureForm) {
                refuse(request, response, ApiProblem.PICTURE_TOO_LARGE, ResidentText.PICTURE_TOO_LARGE);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        long limit = isZip(request) ? maxUploadBytes : maxBytes;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, ApiProblem.REQUEST_TOO_LARGE, ResidentText.TOO_LARGE);
            return;
        }
        if (declared >= 0 || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) limit + 1);
        if (body.length > limit) {
            refuse(request, response, ApiProblem.REQUEST_TOO_LARGE, ResidentText.TOO_LARGE);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    private static boolean isZip(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("application/zip");
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, ApiProblem kind, ResidentText text)
            throws IOException {
        response.setHeader("Connection", "close");
        problems.write(request, response, kind, messages.get(text));
    }

    /** A request whose body was read already, served again from memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // As the Servlet API asks of a request that is not asynchronous: the body is already in memory.
                    throw new IllegalStateException("The body was read into memory; it takes no read listener");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
