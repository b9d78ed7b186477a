package vn.haugiang.digitalhelp.admin.guides.transfer;

import java.io.IOException;
import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.BadInputException;

/** The import/export page. */
@Controller
@AdminPage
class GuideTransferPagesController {

    private final GuideExport export;
    private final GuideImport guideImport;

    GuideTransferPagesController(GuideExport export, GuideImport guideImport) {
        this.export = export;
        this.guideImport = guideImport;
    }

    @GetMapping("/admin/transfer")
    String page() {
        return "admin/transfer/page";
    }

    @GetMapping("/admin/transfer/export")
    ResponseEntity<byte[]> download() {
        return GuideTransferApiController.zipDownload(export.zip(), export.fileName());
    }

    @PostMapping("/admin/transfer/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal user, Model model,
                  HttpServletResponse response) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new BadInputException("Hãy chọn tệp zip cần nhập.");
            }
            model.addAttribute("report", guideImport.apply(file.getBytes(), user.getName()));
        } catch (BadInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.getMessage());
        }
        return "admin/transfer/page";
    }
}
