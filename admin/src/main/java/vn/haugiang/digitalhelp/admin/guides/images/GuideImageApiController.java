package vn.haugiang.digitalhelp.admin.guides.images;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.haugiang.digitalhelp.admin.web.AdminApi;

/** Guide pictures over the API: upload one, then put its {@code markdown} in a guide's body. */
@RestController
@AdminApi
@Tag(name = "Bài hướng dẫn")
class GuideImageApiController {

    private final GuideImageUploads uploads;

    GuideImageApiController(GuideImageUploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping(value = "/api/admin/images", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tải ảnh lên (multipart 'file': PNG, JPEG hoặc WebP; 'alt': mô tả ảnh) để chèn vào bài bằng ![mô tả](image:mã)")
    UploadedImage upload(@RequestParam(name = "file", required = false) MultipartFile file,
                         @RequestParam(name = "alt", required = false) String alt, Principal user) {
        return uploads.upload(file, alt, user.getName());
    }
}
