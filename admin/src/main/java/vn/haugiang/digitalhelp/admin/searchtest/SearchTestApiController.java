package vn.haugiang.digitalhelp.admin.searchtest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.haugiang.digitalhelp.admin.web.AdminApi;

/** "Test this question" over JSON. */
@RestController
@AdminApi
@Tag(name = "Thử câu hỏi")
class SearchTestApiController {

    private final SearchTest searchTest;

    SearchTestApiController(SearchTest searchTest) {
        this.searchTest = searchTest;
    }

    record Question(String question) {
    }

    @PostMapping(value = "/api/admin/search/test",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Bot sẽ trả lời câu hỏi này thế nào: kết quả, các bài xếp hạng và điểm")
    SearchTestReport test(@RequestBody Question question) {
        return searchTest.run(question == null ? null : question.question());
    }
}
