package vn.haugiang.digitalhelp.bot.interaction;

/**
 * Something kept from the log rather than on the reply path (the figures, the follow-up plan). The
 * {@link Projector} hands it each batch once, or again after a crash with the same batch id: applying
 * a batch twice must change nothing the first time did not.
 */
public interface Projection {

    void apply(ProjectionBatch batch);
}
