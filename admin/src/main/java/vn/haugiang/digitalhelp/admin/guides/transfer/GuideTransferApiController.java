package vn.haugiang.digitalhelp.admin.guides.transfer;

import java.security.Principal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.haugiang.digitalhelp.admin.web.AdminApi;

/** Export and import of the whole guide base as a zip of Markdown files with front matter. */
@RestController
@AdminApi
@Tag(name = "Xuất / nhập bài hướng dẫn")
class GuideTransferApiController {

    static final String ZIP = "application/zip";

    private final GuideExport export;
    private final GuideImport guideImport;

    GuideTransferApiController(GuideExport export, GuideImport guideImport) {
        this.export = export;
        this.guideImport = guideImport;
    }

    @GetMapping(value = "/api/admin/articles/export", produces = ZIP)
    @Operation(summary = "Tải toàn bộ bài dưới dạng zip (mỗi bài một tệp .md, có version)")
    ResponseEntity<byte[]> export() {
        return zipDownload(export.zip(), export.fileName());
    }

    // No "consumes" condition: a wrong body must reach ApiErrors (a clear 400), which a mapping condition would bypass.
    @PostMapping(value = "/api/admin/articles/import", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Nhập zip: tạo mới, cập nhật, báo xung đột nếu bài đã bị sửa sau bản xuất (không ghi đè)")
    ImportReport importZip(@RequestBody byte[] zip, Principal user) {
        return guideImport.apply(zip, user.getName());
    }

    static ResponseEntity<byte[]> zipDownload(byte[] zip, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ZIP))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(zip);
    }
}
