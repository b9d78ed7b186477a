package vn.haugiang.digitalhelp.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.app.ServiceTest;

/**
 * Without ADMIN_PASSWORD the first admin's generated password (printed once) must be changed at first sign-in.
 * (In this package, beside {@link FirstAdmin}, to start it with settings of its own on the shared service.)
 */
@ServiceTest
class FirstAdminPasswordTest {

    @Autowired
    AdminUsers users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    @Test
    void theGeneratedFirstAdminPasswordMustBeChanged() {
        mongo.remove(new Query(), AdminUser.class); // a database without any admin yet
        new FirstAdmin(users, passwords, new AdminProperties("quantri-dau", "", 20, 4), clock).afterSingletonsInstantiated();

        AdminUser first = users.findByUsername("quantri-dau").orElseThrow();

        assertThat(first.mustChangePassword()).isTrue();
        assertThat(first.disabled()).isFalse();
    }
}
