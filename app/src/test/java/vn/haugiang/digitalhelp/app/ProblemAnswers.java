package vn.haugiang.digitalhelp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;

/** Reads an error answer of the JSON APIs, checking it is the RFC 9457 problem detail of the kind expected. */
public final class ProblemAnswers {

    private ProblemAnswers() {
    }

    /** The problem's {@code detail} (the sentence the person reads), once status, content type and type are checked. */
    public static String detail(HttpResponse<String> response, ApiProblem kind) {
        assertThat(response.statusCode()).as("status").isEqualTo(kind.status().value());
        assertThat(response.headers().firstValue("Content-Type")).as("content type")
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).as("no stack trace").doesNotContain("Exception", "\tat ");
        JsonNode problem = JsonMapper.shared().readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo(kind.type().toString());
        assertThat(problem.path("status").asInt()).isEqualTo(kind.status().value());
        assertThat(problem.path("title").asString()).isNotBlank();
        return problem.path("detail").asString();
    }
}
