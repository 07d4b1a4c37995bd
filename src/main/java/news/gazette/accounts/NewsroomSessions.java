package news.gazette.accounts;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.stereotype.Component;

import news.gazette.accounts.AccountStore.Credentials;
import news.gazette.platform.SiteKeys;

/**
 * Newsroom sessions. A session starts only once someone has signed in: before that, the CSRF token of the
 * signed-out forms and the page to return to after signing in are kept in cookies. Each session carries a stamp of
 * the password it was opened with and of the account's session generation; once the password changes or the
 * account is disabled (which moves the generation on), every session opened before ends at its next request
 * ({@link SignedInAccountFilter}), and enabling the account again does not bring those back.
 */
@Component
class NewsroomSessions {

    private static final String HOME = "/newsroom/";

    private final AccountStore store;
    private final SiteKeys keys;
    private final Clock clock;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final CookieRequestCache returnAddresses = new CookieRequestCache();

    NewsroomSessions(AccountStore store, SiteKeys keys, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    }

    /**
     * Signs this browser in: a new session (never one that existed before, which someone may have planted), a new
     * CSRF token, and the account in the session.
     */
    void start(Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        var existing = request.getSession(false);
        if (existing != null) {
            existing.invalidate();
        }
        request.getSession(true);
        Authentication signedIn = authentication(credentials);
        new CsrfAuthenticationStrategy(csrfTokens).onAuthentication(signedIn, request, response);
        var context = holder.createEmptyContext();
        context.setAuthentication(signedIn);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        store.recordSignIn(credentials.account().id(), clock.instant());
    }

    /** Where to go once signed in: the newsroom page that asked for it, or the newsroom's home. */
    String returnAddress(HttpServletRequest request, HttpServletResponse response) {
        var saved = returnAddresses.getRequest(request, response);
        returnAddresses.removeRequest(request, response);
        if (saved == null) {
            return HOME;
        }
        // only a path of our own: the cookie comes from the browser, and a redirect elsewhere would be an open one
        URI address = URI.create(saved.getRedirectUrl());
        String path = address.getRawPath();
        if (path == null || !path.startsWith(HOME)) {
            return HOME;
        }
        return address.getRawQuery() == null ? path : path + "?" + address.getRawQuery();
    }

    /** The account signed in with {@code stamp}, with its role as it is now; empty when the session should end. */
    Optional<Authentication> current(String email, Object stamp) {
        return store.findCredentials(email)
                .filter(credentials -> stamp(credentials).equals(stamp))
                .map(this::authentication);
    }

    CookieCsrfTokenRepository csrfTokens() {
        return csrfTokens;
    }

    HttpSessionSecurityContextRepository contexts() {
        return contexts;
    }

    CookieRequestCache returnAddresses() {
        return returnAddresses;
    }

    private Authentication authentication(Credentials credentials) {
        var account = credentials.account();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(account.email(), null,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        authentication.setDetails(stamp(credentials));
        return authentication;
    }

    private String stamp(Credentials credentials) {
        return keys.hash("session", credentials.passwordHash() + "\n" + credentials.sessionGeneration());
    }
}
