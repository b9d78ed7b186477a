package vn.haugiang.digitalhelp.app.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.convert.PropertyValueConverter;
import org.springframework.data.convert.ValueConversionContext;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.protection.FieldCipher;
import vn.haugiang.digitalhelp.bot.protection.SealedField;
import vn.haugiang.digitalhelp.bot.resident.Resident;

/**
 * Encrypts the fields of {@link SealedField} on their way into MongoDB and decrypts them on the way
 * out, in documents, queries and updates alike, so the code that stores residents and requests
 * handles plain values and the database only ever sees ciphertext.
 */
@Configuration(proxyBeanMethods = false)
public class SealedFieldConversions {

    @Bean
    MongoCustomConversions mongoCustomConversions(FieldCipher cipher) {
        return MongoCustomConversions.create(adapter -> adapter.configurePropertyConversions(registrar -> {
            registrar.registerConverter(Resident.class, SealedField.RESIDENT_CHAT_ID.fieldName(),
                    new Sealing(cipher, SealedField.RESIDENT_CHAT_ID));
            registrar.registerConverter(Escalation.class, SealedField.REQUEST_CHAT_ID.fieldName(),
                    new Sealing(cipher, SealedField.REQUEST_CHAT_ID));
            registrar.registerConverter(Escalation.class, SealedField.REQUEST_PHONE.fieldName(),
                    new Sealing(cipher, SealedField.REQUEST_PHONE));
            registrar.registerConverter(Escalation.class, SealedField.REQUEST_QUESTION.fieldName(),
                    new Sealing(cipher, SealedField.REQUEST_QUESTION));
            registrar.registerConverter(Escalation.Line.class, SealedField.REQUEST_TRANSCRIPT.fieldName(),
                    new Sealing(cipher, SealedField.REQUEST_TRANSCRIPT));
        }));
    }

    /**
     * One field's converter. Only text is sealed: an update's other values for the field (the {@code 1}
     * of an {@code $unset}) pass as they are.
     */
    private record Sealing(FieldCipher cipher, SealedField field)
            implements PropertyValueConverter<Object, Object, ValueConversionContext<MongoPersistentProperty>> {

        @Override
        public Object read(Object stored, ValueConversionContext<MongoPersistentProperty> context) {
            return stored instanceof String text ? cipher.open(field, text) : stored;
        }

        @Override
        public Object write(Object plain, ValueConversionContext<MongoPersistentProperty> context) {
            return plain instanceof String text ? cipher.seal(field, text) : plain;
        }
    }
}
