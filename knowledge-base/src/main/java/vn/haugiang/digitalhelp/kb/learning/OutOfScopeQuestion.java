package vn.haugiang.digitalhelp.kb.learning;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A resident's question an admin or editor marked as out of scope: the search declines it and questions
 * worded nearly the same.
 *
 * @param id       the question folded and trimmed, so one wording is stored once
 * @param question the question as the resident wrote it
 */
@Document("out_of_scope_questions")
public record OutOfScopeQuestion(@Id String id, String question, String markedBy, Instant markedAt) {
}
