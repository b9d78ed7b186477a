package vn.haugiang.digitalhelp.admin.searchtest;

import java.util.List;

import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.webchat.WebHtml;
import vn.haugiang.digitalhelp.kb.image.GuideImages;

/**
 * One reply as the web chat shows it to a resident: the text rendered to HTML the way the chat page
 * renders it (its guide pictures inline), and the labels of its buttons.
 */
public record ReplyView(String html, List<String> buttons) {

    static ReplyView of(Reply reply, GuideImages images) {
        return new ReplyView(WebHtml.render(reply.markdown(), images::find), reply.buttons().stream().map(Button::label).toList());
    }
}
