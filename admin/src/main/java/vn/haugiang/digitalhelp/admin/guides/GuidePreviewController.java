package vn.haugiang.digitalhelp.admin.guides;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.bot.chat.GuideParts;
import vn.haugiang.digitalhelp.bot.chat.ReplyPreview;

/**
 * The editor's live preview (an htmx call): the answer as the resident would get it, part by part
 * (a guide longer than two phone screens is split, each part but the last ending with "Xem tiếp"),
 * each part in the HTML subset Telegram accepts.
 */
@Controller
@AdminPage
class GuidePreviewController {

    private final GuideParts guideParts;
    private final ReplyPreview replies;

    GuidePreviewController(GuideParts guideParts, ReplyPreview replies) {
        this.guideParts = guideParts;
        this.replies = replies;
    }

    @PostMapping("/admin/guides/preview")
    String preview(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body, Model model) {
        List<PreviewPart> parts = body.isBlank() ? List.of() : guideParts.markdown(title, body).stream()
                .map(part -> new PreviewPart(replies.asTelegramMessages(part), guideParts.lines(part)))
                .toList();
        model.addAttribute("parts", parts);
        model.addAttribute("maxLines", guideParts.maxLines());
        model.addAttribute("limit", replies.telegramMessageLimit());
        return "admin/guides/preview :: messages";
    }

    /** One part as Telegram messages (more than one only past Telegram's length limit) and its phone lines. */
    record PreviewPart(List<String> messages, int lines) {
    }
}
