package news.gazette.newsroom;

import static news.gazette.newsroom.NewsroomSession.location;
import static news.gazette.newsroom.UserDeskTests.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestClockConfiguration;
import news.gazette.TestDataDirectory;
import news.gazette.accounts.Accounts;
import news.gazette.accounts.Role;
import news.gazette.platform.mail.GreenMailConfiguration;

/**
 * Who gets in, over real HTTP: disabling ends a user's sessions and sign-ins without saying so, enabling does not
 * revive old sessions; links to choose a password; two-factor reset; the guards around the last administrator;
 * administrators only, and CSRF tokens on every form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.demo-content=false", "gazette.site.base-url=https://news.example.com",
        "gazette.admin.email=first@example.com"})
@Import({TestClockConfiguration.class, GreenMailConfiguration.class})
class UserAccessTests {

    static final String PASSWORD = "correct horse battery staple";
    static final String ADMIN = "chief@example.com";
    static final String REFUSED = "The email address or password is incorrect";

    @DynamicPropertySource
    static void mailAndData(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("user-access").toString();
        int port = GreenMailConfiguration.freePort();
        registry.add("gazette.data-dir", () -> dataDir);
        registry.add("spring.mail.host", () -> GreenMailConfiguration.HOST);
        registry.add("spring.mail.port", () -> port);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail smtp;

    @BeforeEach
    void createAdministrator() {
        if (accounts.find(ADMIN).isEmpty()) {
            accounts.create(ADMIN, "Cy Chief", PASSWORD, Role.ADMINISTRATOR, null);
        }
    }

    @Test
    void aDisabledUserCannotSignInAndTheirOpenSessionsEndEvenOnceEnabledAgain() {
        long id = accounts.create("dora@example.com", "Dora", PASSWORD, Role.AUTHOR, null).id();
        var active = NewsroomSession.signIn(port, "dora@example.com", PASSWORD);
        var idle = NewsroomSession.signIn(port, "dora@example.com", PASSWORD);
        var admin = NewsroomSession.signIn(port, ADMIN, PASSWORD);

        admin.page("/newsroom/users/" + id + "/edit");
        String disabled = location(admin.post("/newsroom/users/" + id + "/disable", Map.of()));
        assertThat(disabled).isEqualTo("/newsroom/users/" + id + "/edit?done=disabled");
        assertThat(admin.page(disabled).select(".notice").text())
                .isEqualTo("Dora is disabled: they cannot sign in, and their sessions have ended.");
        assertThat(location(active.get("/newsroom/articles/"))).isEqualTo("/login");
        assertThat(location(active.get("/newsroom/"))).as("signed out for good").isEqualTo("/login");

        var refused = signInAnswer("dora@example.com", PASSWORD);
        var unknown = signInAnswer("nobody@example.com", PASSWORD);
        assertThat(refused).isEqualTo(unknown).contains(REFUSED);

        var forgot = NewsroomSession.signedOut(port);
        forgot.page("/login/forgot");
        assertThat(forgot.post("/login/forgot", Map.of("email", List.of("dora@example.com"))).statusCode())
                .isEqualTo(200);
        assertThat(admin.page("/newsroom/users/?role=author").select("tr:has(a:containsOwn(Dora)) td").eachText())
                .contains("Disabled");

        assertThat(location(admin.post("/newsroom/users/" + id + "/enable", Map.of())))
                .isEqualTo("/newsroom/users/" + id + "/edit?done=enabled");
        assertThat(location(idle.get("/newsroom/"))).as("a session from before stays ended").isEqualTo("/login");
        var again = NewsroomSession.signIn(port, "dora@example.com", PASSWORD);
        assertThat(again.get("/newsroom/articles/").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'dora@example.com'").query(Long.class)
                .single()).as("no reset link while disabled").isZero();
    }

    @Test
    void theLastActiveAdministratorStaysAndNobodyDisablesThemselves() {
        long self = accounts.find(ADMIN).orElseThrow().id();
        long first = accounts.find("first@example.com").orElseThrow().id();
        var admin = NewsroomSession.signIn(port, ADMIN, PASSWORD);
        admin.page("/newsroom/users/" + self + "/edit");

        var own = admin.post("/newsroom/users/" + self + "/disable", Map.of());
        assertThat(own.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(own.body()).select(".error-summary").text()).contains("You cannot disable your own account.");
        assertThat(Jsoup.parse(own.body()).select("form[action$=/disable]")).as("no such button").isEmpty();

        location(admin.post("/newsroom/users/" + first + "/disable", Map.of()));
        var demoted = admin.post("/newsroom/users/" + self + "/edit", user("", "Cy Chief", "editor", ""));
        assertThat(demoted.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(demoted.body()).select(".error-summary").text())
                .contains("You are the only active administrator. Make another user an administrator first.");
        assertThat(Jsoup.parse(demoted.body()).selectFirst("#role option[selected]").val()).isEqualTo("editor");
        assertThat(accounts.find(ADMIN).orElseThrow().role()).isEqualTo(Role.ADMINISTRATOR);

        location(admin.post("/newsroom/users/" + first + "/enable", Map.of()));
        assertThat(location(admin.post("/newsroom/users/" + first + "/edit", user("", "First", "editor", ""))))
                .as("another administrator is active").endsWith("done=saved");
        assertThat(admin.post("/newsroom/users/" + self + "/edit", user("", "Cy Chief", "editor", "")).statusCode())
                .isEqualTo(409);
        location(admin.post("/newsroom/users/" + first + "/edit", user("", "First", "administrator", "")));
    }

    @Test
    void aLockedOutUserHasTwoFactorSignInResetAndSignsInWithTheirPassword() {
        long id = accounts.create("eli@example.com", "Eli", PASSWORD, Role.EDITOR, null).id();
        jdbc.sql("UPDATE account SET totp_secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' WHERE id = ?").param(id).update();
        assertThat(signInAnswer("eli@example.com", PASSWORD)).as("the code comes next")
                .contains("Enter your two-factor code");

        var admin = NewsroomSession.signIn(port, ADMIN, PASSWORD);
        var edit = admin.page("/newsroom/users/" + id + "/edit");
        assertThat(edit.select("#two-factor-title + p").text()).startsWith("Two-factor sign-in is on.");
        String reset = location(admin.post("/newsroom/users/" + id + "/two-factor/reset", Map.of()));
        assertThat(reset).isEqualTo("/newsroom/users/" + id + "/edit?done=two-factor");
        assertThat(admin.page(reset).select(".notice").text())
                .startsWith("Two-factor sign-in is off for Eli");
        assertThat(admin.page("/newsroom/users/?role=editor").select("tr:has(a:containsOwn(Eli)) td:eq(3)").text())
                .isEqualTo("Off");

        assertThat(NewsroomSession.signIn(port, "eli@example.com", PASSWORD).get("/newsroom/").statusCode())
                .isEqualTo(200);
    }

    @Test
    void mailsALinkToChooseANewPasswordAndANewInvitationToWhoNeverSignedIn() {
        long id = accounts.create("fay@example.com", "Fay", PASSWORD, Role.AUTHOR, null).id();
        NewsroomSession.signIn(port, "fay@example.com", PASSWORD);
        var admin = NewsroomSession.signIn(port, ADMIN, PASSWORD);
        var inbox = new Inbox(smtp);

        assertThat(admin.page("/newsroom/users/" + id + "/edit").select("form[action$=/password-link] button").text())
                .isEqualTo("Send password reset link");
        location(admin.post("/newsroom/users/" + id + "/password-link", Map.of()));
        var reset = inbox.to("fay@example.com", 1).getFirst();
        assertThat(Inbox.subject(reset)).isEqualTo("Choose a new Gazette password");
        assertThat(Inbox.text(reset)).contains("An administrator of Gazette has sent you this link");
        NewsroomSession.signIn(port, "fay@example.com", PASSWORD); // the password stays until the link is used
        var browser = NewsroomSession.signedOut(port);
        browser.page(Inbox.link(reset));
        location(browser.post(Inbox.link(reset), Map.of("password", List.of("Fay's fresh passphrase"))));
        NewsroomSession.signIn(port, "fay@example.com", "Fay's fresh passphrase");

        admin.page("/newsroom/users/new");
        String edit = location(admin.post("/newsroom/users/new", user("gus@example.com", "Gus", "contributor", "")));
        assertThat(admin.page(edit.replace("?done=invited", "")).select("form[action$=/password-link] button").text())
                .isEqualTo("Send a new invitation");
        location(admin.post(edit.replace("edit?done=invited", "password-link"), Map.of()));
        var invitations = inbox.to("gus@example.com", 2);
        assertThat(invitations).extracting(Inbox::subject).containsOnly("You are invited to the Gazette newsroom");
        assertThat(Inbox.text(invitations.get(1))).contains("Cy Chief has invited you to the Gazette newsroom as a contributor.");
        assertThat(admin.page(edit).select(".notice").text()).isEqualTo("Added Gus and sent an invitation to gus@example.com.");
    }

    @Test
    void everyOtherRoleIsForbiddenEveryUsersAddress() {
        long target = accounts.create("hal@example.com", "Hal", PASSWORD, Role.AUTHOR, null).id();
        for (Role role : List.of(Role.EDITOR, Role.AUTHOR, Role.CONTRIBUTOR, Role.MODERATOR)) {
            String email = role.name().toLowerCase() + "-user@example.com";
            accounts.create(email, role.name(), PASSWORD, role, null);
            var session = NewsroomSession.signIn(port, email, PASSWORD);
            for (String path : List.of("/newsroom/users/", "/newsroom/users", "/newsroom/users/new",
                    "/newsroom/users/" + target + "/edit")) {
                assertThat(session.get(path).statusCode()).as("%s GET %s", role, path).isEqualTo(403);
            }
            session.page("/newsroom/");
            for (String action : List.of("new", target + "/edit", target + "/disable", target + "/enable",
                    target + "/password-link", target + "/two-factor/reset")) {
                var answer = session.post("/newsroom/users/" + action, user("x@example.com", "X", "administrator", ""));
                assertThat(answer.statusCode()).as("%s POST %s", role, action).isEqualTo(403);
            }
        }
        assertThat(accounts.find("x@example.com")).isEmpty();
        assertThat(accounts.find("hal@example.com")).isPresent();
        assertThat(location(NewsroomSession.signedOut(port).get("/newsroom/users/"))).isEqualTo("/login");
    }

    @Test
    void refusesUsersFormsWithoutTheirCsrfToken() {
        long target = accounts.create("ivy@example.com", "Ivy", PASSWORD, Role.AUTHOR, null).id();
        var admin = NewsroomSession.signIn(port, ADMIN, PASSWORD);
        admin.page("/newsroom/users/new");
        assertThat(admin.postWithoutToken("/newsroom/users/new", user("jay@example.com", "Jay", "editor", ""))
                .statusCode()).isEqualTo(403);
        assertThat(admin.postWithoutToken("/newsroom/users/" + target + "/disable", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(admin.postWithoutToken("/newsroom/users/" + target + "/edit",
                user("", "Ivy", "administrator", "")).statusCode()).isEqualTo(403);
        assertThat(accounts.find("jay@example.com")).isEmpty();
        assertThat(accounts.find("ivy@example.com").orElseThrow().role()).isEqualTo(Role.AUTHOR);
    }

    /** The sign-in page's answer to this email and password, as text. */
    private String signInAnswer(String email, String password) {
        var browser = NewsroomSession.signedOut(port);
        browser.page("/login");
        var answer = browser.post("/login", Map.of("username", List.of(email), "password", List.of(password)));
        return Jsoup.parse(answer.body()).select("main").text().replace(email, "EMAIL");
    }
}
