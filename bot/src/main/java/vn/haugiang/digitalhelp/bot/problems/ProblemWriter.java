package vn.haugiang.digitalhelp.bot.problems;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the servlet response, for the filters that answer before any controller
 * runs (body limits, broken multipart forms, the admin API's sign-in checks). Uses the service's JSON
 * mapper, which lays a {@link ProblemDetail} out as RFC 9457 asks.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ApiProblem kind, String detail)
            throws IOException {
        ProblemDetail problem = kind.detail(detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.resetBuffer();
        response.setStatus(kind.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
