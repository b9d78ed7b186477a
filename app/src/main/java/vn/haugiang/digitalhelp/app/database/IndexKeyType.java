package vn.haugiang.digitalhelp.app.database;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The key type of the embedded server's unique indexes: H2's {@link ObjectDataType} (same file format,
 * same order), with each index key's serialized form computed once per key object instead of at every
 * comparison. mongo-java-server's {@link KeyValue} is not {@code Comparable}, so H2 orders index keys by
 * their Java-serialized bytes, and stock H2 serializes both keys anew at each step of every B-tree
 * search and again when it writes a page: about a quarter of the embedded server's CPU under the chat
 * load. The bytes are kept per key object (by identity, weakly: a key no page or lookup holds any more
 * drops out), so the order, the equality and the bytes on disk are exactly those of stock H2. The two
 * commonest keys, one ASCII string (a pseudonym, a rollup id) or one ObjectId, are compared without
 * serializing at all, in the order their serialized bytes have (checked against stock H2 by
 * {@code IndexKeyTypeTest}).
 */
final class IndexKeyType extends ObjectDataType {

    /** H2's tag for a Java-serialized object ({@code ObjectDataType.TYPE_SERIALIZED_OBJECT}). */
    private static final byte SERIALIZED_OBJECT = 19;

    /** Shared by every index of the process; identity keys, so stores never mix. */
    private static final Cache<KeyValue, byte[]> SERIALIZED = Caffeine.newBuilder().weakKeys()
            .maximumSize(200_000).build();

    /** The key being looked up is compared with a dozen stored keys in a row: kept at hand per thread. */
    private static final ThreadLocal<Serialized> LAST_LOOKED_UP = new ThreadLocal<>();

    private record Serialized(KeyValue key, byte[] bytes) {
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue first && b instanceof KeyValue second) {
            if (a == b) {
                return 0;
            }
            if (first.size() == 1 && second.size() == 1) {
                Object x = first.get(0);
                Object y = second.get(0);
                if (x instanceof String one && y instanceof String other && isShortAscii(one) && isShortAscii(other)) {
                    return compareSerializedAscii(one, other);
                }
                if (x instanceof ObjectId one && y instanceof ObjectId other) {
                    return compareNotNull(one.toByteArray(), other.toByteArray());
                }
            }
            return compareNotNull(lookedUp(first), serialized(second));
        }
        return super.compare(a, b);
    }

    /**
     * Java serialization writes such a string as its length in two bytes, then its characters one byte
     * each: the bytes order by length first, then character by character.
     */
    private static int compareSerializedAscii(String one, String other) {
        if (one.length() != other.length()) {
            return one.length() < other.length() ? -1 : 1;
        }
        return Integer.signum(one.compareTo(other));
    }

    /** Characters 1–127 only (modified UTF-8 writes each as one byte; NUL takes two), at most 65,535 of them. */
    private static boolean isShortAscii(String text) {
        if (text.length() > 65_535) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || c > 127) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void write(WriteBuffer buffer, Object key) {
        if (key instanceof KeyValue keyValue) {
            byte[] bytes = serialized(keyValue);
            buffer.put(SERIALIZED_OBJECT).putVarInt(bytes.length).put(bytes);
        } else {
            super.write(buffer, key);
        }
    }

    /** What stock H2 settles at for a serialized object (twice its length), without its first guesses of 10 kB. */
    @Override
    public int getMemory(Object key) {
        return key instanceof KeyValue keyValue ? 2 * serialized(keyValue).length : super.getMemory(key);
    }

    private static byte[] lookedUp(KeyValue key) {
        Serialized last = LAST_LOOKED_UP.get();
        if (last != null && last.key() == key) {
            return last.bytes();
        }
        byte[] bytes = serialized(key);
        LAST_LOOKED_UP.set(new Serialized(key, bytes));
        return bytes;
    }

    private static byte[] serialized(KeyValue key) {
        return SERIALIZED.get(key, ObjectDataType::serialize);
    }
}
