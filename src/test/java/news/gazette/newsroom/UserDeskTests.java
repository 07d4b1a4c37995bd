package news.gazette.newsroom;

import static news.gazette.newsroom.NewsroomSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import news.gazette.publishing.Publishing;

/**
 * Administrators add users and change them over real HTTP: the invitation through a real SMTP server, the link it
 * carries, signing in with the role given; field errors with what was typed kept; author profiles; the list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.demo-content=false", "gazette.site.base-url=https://news.example.com"})
@Import({TestClockConfiguration.class, GreenMailConfiguration.class})
class UserDeskTests {

    static final String PASSWORD = "correct horse battery staple";
    static final String ADMIN = "boss@example.com";

    @DynamicPropertySource
    static void mailAndData(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("user-desk").toString();
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
    Publishing publishing;

    @Autowired
    GreenMail smtp;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void createAdministrator() {
        if (accounts.find(ADMIN).isEmpty()) {
            accounts.create(ADMIN, "Bea Boss", PASSWORD, Role.ADMINISTRATOR, null);
        }
    }

    @Test
    void anInvitedUserChoosesTheirPasswordThroughTheMailedLinkAndSignsInWithTheirRole() {
        var admin = NewsroomSession.signIn(port, ADMIN, PASSWORD);
        assertThat(admin.page("/newsroom/").select("nav a[href=/newsroom/users/]").text()).isEqualTo("Users");
        admin.page("/newsroom/users/new");
        String edit = location(admin.post("/newsroom/users/new",
                user("  Nina@Example.com ", "Nina Novak", "editor", "new")));
        assertThat(edit).matches("/newsroom/users/\\d+/edit\\?done=invited");
        assertThat(admin.page(edit).select(".notice").text())
                .isEqualTo("Added Nina Novak and sent an invitation to nina@example.com.");

        var mail = new Inbox(smtp).to("nina@example.com", 1).getFirst();
        String text = Inbox.text(mail);
        assertThat(Inbox.subject(mail)).isEqualTo("You are invited to the Gazette newsroom");
        assertThat(text).contains("Bea Boss has invited you to the Gazette newsroom as an editor.",
                "To accept this invitation, choose your password", "The link works once, within 1 hour. Then sign in at "
                        + "https://news.example.com/login with this email address and your new password. If the link "
                        + "has expired, ask for a new invitation");
        String link = Inbox.link(mail);

        var signedOut = NewsroomSession.signedOut(port);
        var choose = signedOut.page(link);
        assertThat(choose.selectFirst("input[name=username]").val()).isEqualTo("nina@example.com");
        assertThat(choose.selectFirst("h1").text()).as("an invitation, not a reset").isEqualTo("Choose your password");
        assertThat(choose.selectFirst("label[for=password]").text()).isEqualTo("Password");
        assertThat(location(signedOut.post(link, Map.of("password", List.of("Nina's own passphrase")))))
                .isEqualTo("/login?password-changed");

        var nina = NewsroomSession.signIn(port, "nina@example.com", "Nina's own passphrase");
        assertThat(nina.page("/newsroom/").select(".sign-out span").text()).isEqualTo("Nina Novak (editor)");
        assertThat(nina.get("/newsroom/comments/").statusCode()).as("editors moderate").isEqualTo(200);
        assertThat(nina.get("/newsroom/users/").statusCode()).isEqualTo(403);
        assertThat(nina.page("/newsroom/").select("nav a[href=/newsroom/users/]")).isEmpty();

        var profile = publishing.author("nina-novak").orElseThrow();
        assertThat(accounts.authorIdOf("nina@example.com")).contains(profile.id());
        var row = admin.page("/newsroom/users/").selectFirst("tr:has(a:containsOwn(Nina Novak))");
        assertThat(row.select("td").eachText()).containsExactly("Nina Novak", "nina@example.com", "Editor", "Off",
                "November 25, 2026 at 12:00 pm", "Active", "Nina Novak");
        assertThat(row.select("td a[href=/newsroom/authors/" + profile.id() + "/edit]")).hasSize(1);
    }

    @Test
    void refusesADuplicateEmailNamingTheFieldAndKeepsWhatWasTyped() {
        accounts.create("olga@example.com", "Olga", PASSWORD, Role.AUTHOR, null);
        var admin = NewsroomSession.signIn(port, ADMIN, PASSWORD);
        admin.page("/newsroom/users/new");

        var taken = admin.post("/newsroom/users/new", user("OLGA@example.com", "Olga Again", "author", "new"));
        assertThat(taken.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(taken.body());
        assertThat(page.title()).startsWith("Error: Add a user");
        assertThat(page.selectFirst("#email-error").text()).isEqualTo("Error: Another user already has this email address");
        assertThat(page.select(".error-summary a[href=#email]").text()).isEqualTo("Another user already has this email address");
        assertThat(page.selectFirst("#email").val()).isEqualTo("OLGA@example.com");
        assertThat(page.selectFirst("#displayName").val()).isEqualTo("Olga Again");
        assertThat(page.selectFirst("#role option[selected]").val()).isEqualTo("author");
        assertThat(page.selectFirst("#author option[selected]").val()).isEqualTo("new");
        assertThat(publishing.author("olga-again")).as("no profile for a user not added").isEmpty();

        var wrong = Jsoup.parse(admin.post("/newsroom/users/new", user("olga at example", " ", "chief", "")).body());
        assertThat(wrong.select(".error-summary li").eachText()).containsExactly(
                "Enter an email address in the correct format, like name@example.com", "Enter a name", "Choose a role");
        assertThat(wrong.selectFirst("#email").val()).isEqualTo("olga at example");
        assertThat(wrong.select("#role option[selected]")).isEmpty();
        assertThat(wrong.selectFirst("#role option").text()).isEqualTo("Choose a role");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE '%olga%'").query(Long.class).single())
                .isZero();
    }

    @Test
    void linksAnExistingAuthorProfileOnlyToOneUserAndNeverToAModerator() {
        long pia = publishing.addAuthor("Pia Park", "").id();
        long free = publishing.addAuthor("Quinn Quay", "").id();
        accounts.create("pia@example.com", "Pia", PASSWORD, Role.AUTHOR, pia);
        var admin = NewsroomSession.signIn(port, ADMIN, PASSWORD);
        admin.page("/newsroom/users/new");

        var taken = Jsoup.parse(admin.post("/newsroom/users/new",
                user("impostor@example.com", "Pia Two", "author", Long.toString(pia))).body());
        assertThat(taken.selectFirst("#author-error").text())
                .isEqualTo("Error: Another user writes under this author profile: choose another, or none");
        var moderator = Jsoup.parse(admin.post("/newsroom/users/new",
                user("quinn@example.com", "Quinn", "moderator", Long.toString(free))).body());
        assertThat(moderator.selectFirst("#author-error").text())
                .isEqualTo("Error: A moderator writes no articles: choose “No author profile”");
        var forged = Jsoup.parse(admin.post("/newsroom/users/new",
                user("quinn@example.com", "Quinn", "author", "99999")).body());
        assertThat(forged.selectFirst("#author-error").text()).isEqualTo("Error: Choose an author profile from the list");
        var sameName = Jsoup.parse(admin.post("/newsroom/users/new",
                user("quinn@example.com", "Quinn Quay", "author", "new")).body());
        assertThat(sameName.selectFirst("#author-error").text())
                .isEqualTo("Error: There is an author profile with this name already: choose it from the list");

        String edit = location(admin.post("/newsroom/users/new",
                user("quinn@example.com", "Quinn", "author", Long.toString(free))));
        assertThat(admin.page(edit).selectFirst("#author option[selected]").val()).isEqualTo(Long.toString(free));
        assertThat(accounts.authorIdOf("quinn@example.com")).contains(free);
    }

    @Test
    void changesNameRoleAndProfileWhichTheUserHasFromTheirNextRequest() {
        long ray = publishing.addAuthor("Ray Reyes", "").id();
        long id = accounts.create("ray@example.com", "Ray", PASSWORD, Role.EDITOR, ray).id();
        var raySession = NewsroomSession.signIn(port, "ray@example.com", PASSWORD);
        assertThat(raySession.get("/newsroom/categories/").statusCode()).isEqualTo(200);

        var admin = NewsroomSession.signIn(port, ADMIN, PASSWORD);
        var form = admin.page("/newsroom/users/" + id + "/edit");
        assertThat(form.selectFirst("h1").text()).isEqualTo("Edit user: Ray");
        assertThat(form.select("main").text()).contains("Email address: ray@example.com");
        assertThat(form.select("#email")).as("an account keeps its address").isEmpty();

        var blank = admin.post("/newsroom/users/" + id + "/edit", user("", "", "moderator", ""));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(blank.body()).selectFirst("#role option[selected]").val()).isEqualTo("moderator");

        assertThat(location(admin.post("/newsroom/users/" + id + "/edit", user("", "Ray Reyes", "moderator", ""))))
                .isEqualTo("/newsroom/users/" + id + "/edit?done=saved");
        assertThat(raySession.get("/newsroom/categories/").statusCode()).as("a moderator's now").isEqualTo(403);
        assertThat(raySession.page("/newsroom/").select(".sign-out span").text()).isEqualTo("Ray Reyes (moderator)");
        assertThat(raySession.get("/newsroom/comments/").statusCode()).isEqualTo(200);
        assertThat(accounts.authorIdOf("ray@example.com")).isEmpty();
    }

    @Test
    void listsUsersByRoleWithTheirCounts() {
        accounts.create("sol@example.com", "Sol Moderator", PASSWORD, Role.MODERATOR, null);
        var admin = NewsroomSession.signIn(port, ADMIN, PASSWORD);

        var moderators = admin.page("/newsroom/users/?role=moderator");
        assertThat(moderators.select("nav[aria-label=Users by role] a[aria-current=page]").text())
                .matches("Moderators \\(\\d+\\)");
        assertThat(moderators.select("tbody td:eq(2)").eachText()).isNotEmpty().containsOnly("Moderator");
        assertThat(moderators.select("tbody td:eq(1)").eachText()).contains("sol@example.com");

        var all = admin.page("/newsroom/users/");
        assertThat(all.select("nav[aria-label=Users by role] a").eachText()).anyMatch(t -> t.startsWith("All ("))
                .anyMatch(t -> t.startsWith("Administrators ("));
        assertThat(all.select("tbody td:eq(1)").eachText()).contains("sol@example.com", ADMIN);
        assertThat(admin.get("/newsroom/users/999999/edit").statusCode()).isEqualTo(404);
    }

    static Map<String, List<String>> user(String email, String name, String role, String author) {
        return Map.of("email", List.of(email), "displayName", List.of(name), "role", List.of(role), "author",
                List.of(author));
    }
}
