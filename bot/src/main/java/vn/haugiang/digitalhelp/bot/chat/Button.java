package vn.haugiang.digitalhelp.bot.chat;

/** A choice offered under a reply: the label the resident sees and the action sent back when pressed. */
public record Button(String label, String action) {
}
