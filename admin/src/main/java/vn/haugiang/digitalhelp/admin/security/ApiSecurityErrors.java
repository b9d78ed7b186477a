package vn.haugiang.digitalhelp.admin.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.admin.ApiError;

/**
 * The admin API's answers to a caller who is not signed in (401) or may not do this (403), as JSON.
 * No {@code WWW-Authenticate: Basic} challenge is sent, so a browser never asks for and caches
 * credentials that a forged cross-site request could ride on.
 */
class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(response, HttpStatus.UNAUTHORIZED,
                "Cần đăng nhập: gửi tên đăng nhập và mật khẩu (HTTP Basic) cùng yêu cầu.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Tài khoản của bạn không có quyền làm việc này.");
    }

    /** A user with a generated password reaches nothing else until they choose their own. */
    void mustChangePassword(HttpServletResponse response) throws IOException {
        write(response, HttpStatus.FORBIDDEN,
                "Cần đổi mật khẩu trước: gửi mật khẩu cũ và mới tới " + AccountStatusFilter.PASSWORD_API + ".");
    }

    private void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(new ApiError(message)));
    }
}
