package vn.haugiang.digitalhelp.bot.privacy;

import vn.haugiang.digitalhelp.bot.chat.Channel;

/**
 * A resident had their data erased: whatever still holds {@code residentId} should now hold
 * {@code replacementId}, a random id that points at nobody, and whatever waits for their chat
 * ({@code channel}, {@code chatId}) should go. Published inside the service, never logged.
 */
public record ResidentDataErased(String residentId, String replacementId, Channel channel, String chatId) {
}
