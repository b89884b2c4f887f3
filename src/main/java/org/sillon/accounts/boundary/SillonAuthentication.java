package org.sillon.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.time.Clock;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sillon.accounts.control.AddressThrottle;
import org.sillon.accounts.control.CallerCache;
import org.sillon.accounts.control.TokenSecrets;
import org.sillon.platform.boundary.ClientAddress;
import org.sillon.association.boundary.Associations;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.control.Problem;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.Message;

/**
 * The one authentication mechanism (Jakarta Security allows one per application): a bearer API token on
 * the request; else a form login started by {@code SecurityContext.authenticate} from the login page; else
 * the caller kept in the HTTP session. A protected page asked for anonymously redirects to the login page;
 * the REST API answers 401 itself (see {@code RoleCheck}), never with a redirect.
 */
@ApplicationScoped
public class SillonAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute holding the username of the caller who logged in with the form. */
    public static final String SESSION_CALLER = "sillon.caller";
    /** Session attribute holding the caller's credential stamp at login (see {@link CallerIdentity#stamp()}). */
    public static final String SESSION_STAMP = "sillon.stamp";
    /** Session attribute holding the id of the caller's association. */
    public static final String SESSION_ASSOCIATION = "sillon.association";
    public static final String LOGIN_PAGE = "/login.xhtml";

    /** Request attribute holding the {@link Accounts.LoginResult} of a refused form login, for the login page. */
    public static final String LOGIN_REFUSAL = "sillon.loginRefusal";

    private static final Logger LOG = Logger.getLogger(SillonAuthentication.class.getName());

    @Inject
    ClientAddress clientAddress;

    @Inject
    ApiTokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    Associations associations;

    @Inject
    CallerCache callers;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<KnownBearer> bearer = bearer(authorization.substring(7).strip());
            if (bearer.isPresent()) {
                request.setAttribute(Tenancy.REQUEST_ATTRIBUTE, bearer.get().association());
                // every change made in this request names the token in the audit trail
                request.setAttribute(AuditTrail.TOKEN_ATTRIBUTE, bearer.get().bearer().token());
                return loggedIn(request, context, bearer.get().bearer().caller());
            }
            return refuseToken(request, response);
        }

        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            Checked checked = checkPassword(password, request);
            Accounts.LoginResult result = checked.result();
            long association = checked.association();
            if (result.outcome() != AddressThrottle.Outcome.PASSED) {
                request.setAttribute(LOGIN_REFUSAL, result);
                return AuthenticationStatus.SEND_FAILURE;
            }
            CallerIdentity caller = result.caller();
            request.setAttribute(Tenancy.REQUEST_ATTRIBUTE, association);
            HttpSession old = request.getSession(false);
            if (old != null) {
                old.invalidate(); // a new session on login: no fixation
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(SESSION_CALLER, caller.username());
            session.setAttribute(SESSION_STAMP, caller.stamp());
            session.setAttribute(SESSION_ASSOCIATION, association);
            return context.notifyContainerAboutLogin(caller.username(), caller.groups());
        }

        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof String username
                && session.getAttribute(SESSION_ASSOCIATION) instanceof Long association) {
            Optional<Accounts.Authenticated> caller = sessionCaller(association, username)
                    .filter(c -> c.identity().stamp().equals(session.getAttribute(SESSION_STAMP)));
            if (caller.isPresent()) {
                request.setAttribute(Tenancy.REQUEST_ATTRIBUTE, association);
                return loggedIn(request, context, caller.get());
            }
            session.invalidate(); // disabled, or its password changed since this session began
        }

        if (context.isProtected()) {
            // a protected address asked for anonymously: an API client (or a metrics scraper) gets a 401,
            // a person the login page
            if (isForMachines(request)) {
                return unauthorized(request, response, "Bearer realm=\"sillon\"", "unauthenticated",
                        Message.of("title.unauthenticated"), Message.of("unauthenticated"));
            }
            return redirectToLogin(request, context);
        }
        return context.doNothing();
    }

    /** A live token's caller, and the association the token belongs to. */
    private record KnownBearer(long association, ApiTokens.Bearer bearer) {
    }

    /** The caller of a bearer secret, remembered or read (see {@link CallerCache}). */
    private Optional<KnownBearer> bearer(String secret) {
        Instant now = clock.instant();
        String key = "token " + TokenSecrets.hash(secret);
        Optional<KnownBearer> known = callers.find(key, KnownBearer.class, now);
        if (known.isPresent()) {
            return known;
        }
        long readAt = callers.generation();
        Optional<Long> association = tokens.associationOf(secret);
        Optional<KnownBearer> read = association.flatMap(a -> Tenancy.runAs(a, () -> tokens.authenticate(secret)))
                .map(b -> new KnownBearer(association.get(), b));
        read.filter(b -> rememberable(b.bearer().caller()))
                .ifPresent(b -> callers.keep(key, b, readAt, b.bearer().rereadBy()));
        return read;
    }

    /** The enabled account behind a session, remembered or read; its stamp is for the caller to compare. */
    private Optional<Accounts.Authenticated> sessionCaller(long association, String username) {
        String key = "session " + association + " " + username;
        Optional<Accounts.Authenticated> known = callers.find(key, Accounts.Authenticated.class, clock.instant());
        if (known.isPresent()) {
            return known;
        }
        long readAt = callers.generation();
        Optional<Accounts.Authenticated> read = Tenancy.runAs(association, () -> accounts.activeCaller(username));
        read.filter(SillonAuthentication::rememberable).ifPresent(c -> callers.keep(key, c, readAt, Instant.MAX));
        return read;
    }

    /**
     * An account that belongs to a person has the person's household in its caller, which the registry may change
     * without the accounts knowing: such callers are read at every request.
     */
    private static boolean rememberable(Accounts.Authenticated caller) {
        return caller.caller().person().isEmpty();
    }

    /** Tells the container who calls, and hands the facades' caller on to the request (see {@link CurrentCaller}). */
    private static AuthenticationStatus loggedIn(HttpServletRequest request, HttpMessageContext context,
            Accounts.Authenticated caller) {
        request.setAttribute(CurrentCaller.REQUEST_ATTRIBUTE, caller.caller());
        return context.notifyContainerAboutLogin(caller.identity().username(), caller.identity().groups());
    }

    /** A password check, and the association it was made in. */
    private record Checked(Accounts.LoginResult result, long association) {
    }

    /**
     * Checks the password here rather than in an identity store, which could not know the client's address, in
     * the account's association; an unknown username in the default association, at the same cost.
     */
    private Checked checkPassword(UsernamePasswordCredential password, HttpServletRequest request) {
        try {
            long association = accounts.associationOf(password.getCaller()).orElseGet(associations::defaultId);
            return new Checked(Tenancy.runAs(association, () -> accounts.verifyPassword(password.getCaller(),
                    password.getPasswordAsString(), clientAddress.of(request))), association);
        } catch (RuntimeException e) {
            // the database is away: "try again in a moment" is the truth, a raw error page is not
            LOG.log(Level.SEVERE, "Login check failed", e);
            return new Checked(new Accounts.LoginResult(AddressThrottle.Outcome.BUSY, null, null), 0);
        }
    }

    private static boolean isForMachines(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/metrics") || path.startsWith("/metrics/");
    }

    private static AuthenticationStatus refuseToken(HttpServletRequest request, HttpServletResponse response) {
        return unauthorized(request, response, "Bearer realm=\"sillon\", error=\"invalid_token\"", "invalid-token",
                Message.of("title.invalidToken"), Message.of("token.invalid"));
    }

    /** A 401 problem document, written here because the request never reaches JAX-RS. */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            String challenge, String slug, Message title, Message detail) {
        Problem problem = new ProblemException(Response.Status.UNAUTHORIZED, slug, title, detail, List.of())
                .problem(Language.accepted(request.getHeader("Accept-Language")).locale());
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", challenge);
            response.setContentType(Problem.MEDIA_TYPE);
            String json = Json.createObjectBuilder().add("type", problem.type()).add("title", problem.title())
                    .add("status", 401).add("detail", problem.detail()).add("key", problem.key()).build().toString();
            response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        String login = request.getContextPath() + LOGIN_PAGE;
        if (!"/".equals(target) && !"/index.xhtml".equals(target)) {
            login += "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        }
        return context.redirect(login);
    }

    /** Keeps the current session alive after its own owner changed the password in it. */
    public static void renewStamp(HttpServletRequest request, CallerIdentity caller) {
        HttpSession session = request.getSession(false);
        if (session != null && caller.username().equals(session.getAttribute(SESSION_CALLER))) {
            session.setAttribute(SESSION_STAMP, caller.stamp());
        }
    }

    /** Only a local path may follow a login, never another site (open redirect). */
    public static String safeNext(String next) {
        // browsers drop tabs and newlines inside URLs, so "/\t/evil.example" would become "//evil.example"
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/index.xhtml";
        }
        return next;
    }
}
