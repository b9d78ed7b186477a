package vn.haugiang.digitalhelp.admin.guides;

import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.admin.web.AdminApi;
import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.kb.article.ArticleDiff;

/** A guide's history over JSON: versions, one version, diff, roll back. */
@RestController
@AdminApi
@RequestMapping(value = "/api/admin/articles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Phiên bản bài hướng dẫn")
class GuideVersionApiController {

    private final GuideVersions versions;
    private final GuideChanges changes;
    private final AdminProperties properties;

    GuideVersionApiController(GuideVersions versions, GuideChanges changes, AdminProperties properties) {
        this.versions = versions;
        this.changes = changes;
        this.properties = properties;
    }

    @GetMapping("/versions")
    @Operation(summary = "Các phiên bản, mới nhất trước")
    PageView<VersionJson> list(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                               @RequestParam(required = false) Integer size) {
        return versions.page(id, PageRequest.of(page, size, properties)).map(VersionJson::of);
    }

    @GetMapping("/versions/{version}")
    @Operation(summary = "Một phiên bản")
    VersionJson version(@PathVariable String id, @PathVariable long version) {
        return VersionJson.of(versions.version(id, version));
    }

    @GetMapping("/diff")
    @Operation(summary = "So sánh hai phiên bản: các trường đổi và từng dòng nội dung")
    ArticleDiff diff(@PathVariable String id, @RequestParam long from, @RequestParam long to) {
        return versions.diff(id, from, to);
    }

    @PostMapping("/versions/{version}/rollback")
    @Operation(summary = "Quay lại: tạo phiên bản mới có nội dung của phiên bản này")
    ArticleJson rollBack(@PathVariable String id, @PathVariable long version,
                         @RequestParam(name = "current", required = false) Long current, Principal user) {
        return ArticleJson.of(changes.rollBack(id, version, current, user.getName()));
    }
}
