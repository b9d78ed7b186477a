package vn.haugiang.digitalhelp.bot.interaction;

/** A turn was written to the interaction log; published after the insert, inside the service. */
public record InteractionRecorded(Interaction interaction) {
}
