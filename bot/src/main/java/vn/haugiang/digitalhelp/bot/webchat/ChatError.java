package vn.haugiang.digitalhelp.bot.webchat;

/** A polite explanation of why a chat request was refused. */
public record ChatError(String error) {
}
