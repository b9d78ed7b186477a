package vn.haugiang.digitalhelp.admin.guides;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.bot.chat.GuideParts;
import vn.haugiang.digitalhelp.bot.chat.ReplyPreview;
import vn.haugiang.digitalhelp.kb.image.GuideImage;
import vn.haugiang.digitalhelp.kb.image.GuideImages;
import vn.haugiang.digitalhelp.kb.image.ImageReference;
import vn.haugiang.digitalhelp.kb.image.ImageReferences;

/**
 * The editor's live preview (an htmx call): the answer as the resident would get it, part by part
 * (a guide longer than two phone screens is split, each part but the last ending with "Xem tiếp"),
 * each part in the HTML subset Telegram accepts, followed by its pictures step by step (a photo, or an
 * album when several belong to one step) with their captions, as Telegram sends them.
 */
@Controller
@AdminPage
class GuidePreviewController {

    private final GuideParts guideParts;
    private final GuideImages images;
    private final ReplyPreview replies;

    GuidePreviewController(GuideParts guideParts, GuideImages images, ReplyPreview replies) {
        this.guideParts = guideParts;
        this.images = images;
        this.replies = replies;
    }

    @PostMapping("/admin/guides/preview")
    String preview(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body, Model model) {
        List<PreviewPart> parts = body.isBlank() ? List.of() : guideParts.markdown(title, body).stream()
                .map(part -> new PreviewPart(replies.asTelegramMessages(ImageReferences.withoutImages(part)),
                        guideParts.lines(part), pictureSteps(part)))
                .toList();
        model.addAttribute("parts", parts);
        model.addAttribute("maxLines", guideParts.maxLines());
        model.addAttribute("limit", replies.telegramMessageLimit());
        return "admin/guides/preview :: messages";
    }

    private List<List<PreviewPicture>> pictureSteps(String markdown) {
        return ImageReferences.steps(markdown).stream()
                .map(step -> step.stream().map(this::picture).flatMap(Optional::stream).toList())
                .filter(step -> !step.isEmpty())
                .toList();
    }

    private Optional<PreviewPicture> picture(ImageReference reference) {
        return images.find(reference.id()).map(image -> new PreviewPicture(image, replies.asTelegramCaption(reference.alt())));
    }

    /** One part as Telegram messages (more than one only past Telegram's length limit), its phone lines and pictures. */
    record PreviewPart(List<String> messages, int lines, List<List<PreviewPicture>> pictureSteps) {
    }

    /** A stored picture and the caption it goes out with (none when the editor wrote no alt text). */
    record PreviewPicture(GuideImage image, String caption) {
    }
}
