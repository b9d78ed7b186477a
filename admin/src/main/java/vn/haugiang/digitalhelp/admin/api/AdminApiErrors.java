package vn.haugiang.digitalhelp.admin.api;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.haugiang.digitalhelp.admin.areas.AreaAdminController;
import vn.haugiang.digitalhelp.admin.escalations.EscalationAdminController;
import vn.haugiang.digitalhelp.admin.teams.TeamMemberAdminController;

/** Bad input to the teams, areas and escalation APIs gets a 400 or 404 with a reason, never a 500. */
@RestControllerAdvice(assignableTypes = {TeamMemberAdminController.class, AreaAdminController.class,
        EscalationAdminController.class})
class AdminApiErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<AdminApiError> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(new AdminApiError(e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<AdminApiError> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(new AdminApiError("Nội dung gửi lên không đúng dạng JSON."));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<AdminApiError> missing(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new AdminApiError("Không tìm thấy."));
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<AdminApiError> conflict(IllegalStateException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new AdminApiError(e.getMessage()));
    }
}
