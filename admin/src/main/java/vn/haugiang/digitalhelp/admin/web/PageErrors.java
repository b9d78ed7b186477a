package vn.haugiang.digitalhelp.admin.web;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.haugiang.digitalhelp.kb.article.ArticleNotFoundException;

/** A missing guide, request or member, or a malformed address on an admin page gets a short Vietnamese page, not an error dump. */
@ControllerAdvice(annotations = AdminPage.class)
class PageErrors {

    @ExceptionHandler(ArticleNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("message", "Không tìm thấy bài hướng dẫn (hoặc phiên bản) này.");
        return "admin/problem";
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String missing(NoSuchElementException e, Model model) {
        model.addAttribute("message", e.getMessage() == null ? "Không tìm thấy." : e.getMessage());
        return "admin/problem";
    }

    @ExceptionHandler({BadInputException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badInput(RuntimeException e, Model model) {
        model.addAttribute("message", e instanceof BadInputException ? e.getMessage() : "Địa chỉ trang không hợp lệ.");
        return "admin/problem";
    }
}
