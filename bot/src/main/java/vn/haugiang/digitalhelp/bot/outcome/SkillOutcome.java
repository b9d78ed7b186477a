package vn.haugiang.digitalhelp.bot.outcome;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A resident's confirmation that they managed a skill; at most one per resident and skill (unique
 * index), so it counts once however often they are asked.
 *
 * @param residentId the resident's pseudonym, never a chat id
 * @param day        the local date of the confirmation (yyyy-MM-dd)
 */
@Document("skill_outcomes")
public record SkillOutcome(
        @Id String id,
        String residentId,
        Skill skill,
        String communeId,
        String hamletId,
        String day,
        Instant confirmedAt) {
}
