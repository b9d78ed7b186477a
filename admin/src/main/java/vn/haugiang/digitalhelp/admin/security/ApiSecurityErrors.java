package vn.haugiang.digitalhelp.admin.security;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;
import vn.haugiang.digitalhelp.bot.problems.ProblemWriter;

/**
 * The admin API's answers to a caller who is not signed in (401) or may not do this (403), as problem
 * details. No {@code WWW-Authenticate: Basic} challenge is sent, so a browser never asks for and caches
 * credentials that a forged cross-site request could ride on.
 */
class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    ApiSecurityErrors(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        problems.write(request, response, ApiProblem.UNAUTHENTICATED,
                "Cần đăng nhập: gửi tên đăng nhập và mật khẩu (HTTP Basic) cùng yêu cầu.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(request, response, ApiProblem.FORBIDDEN, "Tài khoản của bạn không có quyền làm việc này.");
    }

    /** A user with a generated password reaches nothing else until they choose their own. */
    void mustChangePassword(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, ApiProblem.PASSWORD_CHANGE_REQUIRED,
                "Cần đổi mật khẩu trước: gửi mật khẩu cũ và mới tới " + AccountStatusFilter.PASSWORD_API + ".");
    }
}
