package vn.haugiang.digitalhelp.bot.chat;

import java.util.List;

/**
 * The replies a resident would get to a guide question, decided exactly as in a conversation but
 * without one: nothing is recorded. What "Thử câu hỏi" in the console shows.
 */
public interface ReplyPreview {

    List<Reply> repliesTo(String question);
}
