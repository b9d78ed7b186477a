package vn.haugiang.digitalhelp.kb.learning;

/** Published inside the service after a question was marked out of scope. */
public record OutOfScopeMarked(String questionId) {
}
