package news.gazette.site;

/** A publication time as the site prints it ("January 22, 2022", "5:44 pm") and as a machine reads it. */
public record Dateline(String iso, String date, String time) {

    public String text() {
        return date + " " + time;
    }
}
