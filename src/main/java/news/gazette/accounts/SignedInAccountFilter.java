package news.gazette.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Looks at the signed-in account afresh on every newsroom request: a session whose account is gone or disabled, or
 * whose password has changed or sessions were ended since it signed in, ends there; otherwise the request runs with
 * the account's role as it is now. Not a bean, or Spring Boot would put it in front of every request of the public
 * site too.
 */
final class SignedInAccountFilter extends OncePerRequestFilter {

    private final NewsroomSessions sessions;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SignedInAccountFilter(NewsroomSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (holder.getContext().getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn
                && signedIn.isAuthenticated()) {
            var current = sessions.current(signedIn.getName(), signedIn.getDetails());
            if (current.isPresent()) {
                // for this request only: the session keeps what it signed in with, the stamp included
                var context = holder.createEmptyContext();
                context.setAuthentication(current.get());
                holder.setContext(context);
            } else {
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                holder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
