package vn.haugiang.digitalhelp.admin.guides;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.bot.telegram.TelegramHtml;

/**
 * The editor's live preview (an htmx call): the answer as Telegram would show it, in the HTML subset
 * Telegram accepts, split into the messages the bot would send.
 */
@Controller
@AdminPage
class GuidePreviewController {

    @PostMapping("/admin/guides/preview")
    String preview(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body, Model model) {
        // The bot answers with the title in bold, a blank line, then the body.
        String answer = title.isBlank() ? body : "**" + title.strip() + "**\n\n" + body;
        List<String> messages = answer.isBlank() ? List.of() : TelegramHtml.render(answer);
        model.addAttribute("messages", messages);
        model.addAttribute("limit", TelegramHtml.MAX_MESSAGE_LENGTH);
        return "admin/guides/preview :: messages";
    }
}
