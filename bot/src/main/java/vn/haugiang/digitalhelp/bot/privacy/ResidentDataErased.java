package vn.haugiang.digitalhelp.bot.privacy;

/**
 * A resident had their data erased: whatever still holds {@code residentId} should now hold
 * {@code replacementId}, a random id that points at nobody. Published inside the service.
 */
public record ResidentDataErased(String residentId, String replacementId) {
}
