package news.gazette.accounts;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. The newsroom's (its pages, sign-in, sign-out, the actuator) has sessions, CSRF tokens and
 * no-store caching; its comment moderation desk is for the roles that moderate comments only. The public site's has neither session nor cache headers of Spring's: every anonymous reader
 * gets the same bytes, which the page cache and any proxy can keep.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain newsroomSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/newsroom/**", "/newsroom", "/login", "/logout", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(Role.ADMINISTRATOR.authority())
                        .requestMatchers("/newsroom/comments", "/newsroom/comments/**").hasAnyAuthority(
                                Arrays.stream(Role.values()).filter(Role::moderatesComments).map(Role::authority)
                                        .toArray(String[]::new))
                        .anyRequest().authenticated())
                .formLogin(login -> login.defaultSuccessUrl("/newsroom/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // the comment form carries a signed token and is checked for its origin instead: see site.SameOrigin
                .csrf(csrf -> csrf.ignoringRequestMatchers("/comments", "/comments/unsubscribe/**"))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    UserDetailsService accountDetails(AccountStore store) {
        return email -> store.findCredentials(Accounts.normalise(email))
                .map(credentials -> User.withUsername(credentials.account().email())
                        .password(credentials.passwordHash())
                        .authorities(List.of(new SimpleGrantedAuthority(credentials.account().role().authority())))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
