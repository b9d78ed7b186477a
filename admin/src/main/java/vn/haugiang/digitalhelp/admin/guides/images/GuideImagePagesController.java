package vn.haugiang.digitalhelp.admin.guides.images;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;

/**
 * The editor page's "Chèn ảnh" (a script call with the page's session and CSRF token): the stored picture
 * as JSON, which the page inserts into the body at the cursor, or a problem detail whose Vietnamese
 * {@code detail} says why not.
 */
@Controller
@AdminPage
class GuideImagePagesController {

    private final GuideImageUploads uploads;

    GuideImagePagesController(GuideImageUploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping(value = "/admin/guides/images", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> upload(@RequestParam(name = "file", required = false) MultipartFile file,
                             @RequestParam(name = "alt", required = false) String alt, Principal user) {
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(uploads.upload(file, alt, user.getName()));
        } catch (BadInputException refused) {
            return ApiProblem.INVALID_INPUT.answer(refused.getMessage());
        }
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseBody
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return ApiProblem.REQUEST_TOO_LARGE.answer(BadInputException.uploadTooLarge().getMessage());
    }
}
