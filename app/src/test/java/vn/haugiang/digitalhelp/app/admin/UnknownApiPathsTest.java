package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.haugiang.digitalhelp.app.ProblemAnswers;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;

/**
 * An address of the JSON APIs that does not exist, or a method an address does not take, is answered like
 * every other API error: an RFC 9457 problem detail in Vietnamese. A page address that does not exist keeps
 * the HTML error page.
 */
@ServiceTest
class UnknownApiPathsTest {

    @LocalServerPort
    int port;

    @Test
    void anUnknownWebChatAddressIsAProblemDetail() {
        HttpResponse<String> response = AdminHttp.anonymous(port).get("/api/chat/khong-co");

        assertThat(ProblemAnswers.detail(response, ApiProblem.NOT_FOUND)).startsWith("Không có địa chỉ");
    }

    @Test
    void anUnknownAdminAddressIsAProblemDetailForASignedInAdmin() {
        HttpResponse<String> response = AdminHttp.basic(port, AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD)
                .get("/api/admin/khong-co");

        assertThat(ProblemAnswers.detail(response, ApiProblem.NOT_FOUND)).startsWith("Không có địa chỉ");
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsAProblemDetail() {
        HttpResponse<String> response = AdminHttp.anonymous(port).delete("/api/chat");

        assertThat(ProblemAnswers.detail(response, ApiProblem.METHOD_NOT_ALLOWED)).contains("DELETE");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void aMethodAnAdminAddressDoesNotTakeIsAProblemDetail() {
        HttpResponse<String> response = AdminHttp.basic(port, AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD)
                .delete("/api/admin/articles");

        assertThat(ProblemAnswers.detail(response, ApiProblem.METHOD_NOT_ALLOWED)).contains("DELETE");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void anUnknownPageKeepsTheHtmlErrorPage() {
        HttpResponse<String> response = AdminHttp.anonymous(port).get("/chat/khong-co");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).doesNotContain("problem+json"));
    }
}
