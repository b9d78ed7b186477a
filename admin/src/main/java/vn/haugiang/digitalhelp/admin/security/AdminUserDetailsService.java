package vn.haugiang.digitalhelp.admin.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs in admin users from MongoDB; a user name locked by {@link LoginThrottle} is refused even with the right password. */
@Component
class AdminUserDetailsService implements UserDetailsService {

    private final AdminUsers users;
    private final LoginThrottle throttle;

    AdminUserDetailsService(AdminUsers users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AdminUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .authorities(user.role().authority())
                .accountLocked(throttle.isLocked(username))
                .build();
    }
}
