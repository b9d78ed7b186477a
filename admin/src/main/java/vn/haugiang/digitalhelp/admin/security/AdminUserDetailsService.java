package vn.haugiang.digitalhelp.admin.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs in admin users from MongoDB; a disabled user is refused. */
@Component
class AdminUserDetailsService implements UserDetailsService {

    private final AdminUsers users;

    AdminUserDetailsService(AdminUsers users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AdminUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .authorities(user.role().authority())
                .disabled(user.disabled())
                .build();
    }
}
