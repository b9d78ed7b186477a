package vn.haugiang.digitalhelp.admin.metrics;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.haugiang.digitalhelp.bot.metrics.Period;

/** A bad date, period, commune or option is the caller's mistake: 400 with a plain message, never 500. */
@RestControllerAdvice(assignableTypes = MetricsController.class)
class MetricsErrors {

    @ExceptionHandler({Period.InvalidPeriod.class, BadMetricsRequest.class})
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> badParameter(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "Giá trị của '" + e.getName() + "' không đúng kiểu."));
    }
}
