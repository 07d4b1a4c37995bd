package news.gazette.accounts;

import java.util.Arrays;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. The newsroom's (its pages, sign-in and password reset, sign-out, the actuator) has CSRF
 * tokens on every form and no-store caching, and a session once someone has signed in ({@link NewsroomSessions});
 * signing in itself is {@link SignInController}'s. The comment moderation desk is for the roles that moderate
 * comments only, the articles for the roles that write them, categories and tags for the roles that manage them,
 * author profiles for those and authors (their own: the publishing module decides which), users and the settings
 * for administrators. The public site's has neither session nor cache
 * headers of Spring's: every anonymous reader gets the same bytes, which the page cache and any proxy can keep.
 * A multipart form (the media upload) carries its CSRF token as a hidden field like any other: Tomcat parses the
 * parts for the CSRF filter under the DispatcherServlet's multipart limits, so the token never goes in the address.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain newsroomSecurity(HttpSecurity http, NewsroomSessions sessions) throws Exception {
        return http
                .securityMatcher("/newsroom/**", "/newsroom", "/login", "/login/**", "/logout", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(Role.ADMINISTRATOR.authority())
                        .requestMatchers("/newsroom/comments", "/newsroom/comments/**")
                                .hasAnyAuthority(authorities(Role::moderatesComments))
                        .requestMatchers("/newsroom/articles", "/newsroom/articles/**")
                                .hasAnyAuthority(authorities(Role::writesArticles))
                        .requestMatchers("/newsroom/categories", "/newsroom/categories/**", "/newsroom/tags",
                                "/newsroom/tags/**").hasAnyAuthority(authorities(Role::managesTaxonomy))
                        .requestMatchers("/newsroom/authors", "/newsroom/authors/**")
                                .hasAnyAuthority(authorities(Role::editsAuthorProfiles))
                        .requestMatchers("/newsroom/media", "/newsroom/media/**")
                                .hasAnyAuthority(authorities(Role::uploadsMedia))
                        .requestMatchers("/newsroom/users", "/newsroom/users/**")
                                .hasAnyAuthority(authorities(Role::managesUsers))
                        .requestMatchers("/newsroom/settings", "/newsroom/settings/**")
                                .hasAnyAuthority(authorities(Role::changesSettings))
                        .requestMatchers("/login", "/login/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.csrfTokenRepository(sessions.csrfTokens()))
                .securityContext(context -> context.securityContextRepository(sessions.contexts()))
                .requestCache(cache -> cache.requestCache(sessions.returnAddresses()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .accessDeniedHandler(new UploadTooLargeHandler()))
                .addFilterBefore(new SignedInAccountFilter(sessions), AnonymousAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?signed-out").deleteCookies("JSESSIONID"))
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

    private static String[] authorities(java.util.function.Predicate<Role> may) {
        return Arrays.stream(Role.values()).filter(may).map(Role::authority).toArray(String[]::new);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }
}
