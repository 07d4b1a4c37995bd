package news.gazette.comments.spam;

/** One token of a comment that had been seen before, and how far it points towards spam (1) or approval (0). */
record Clue(TokenCounts counts, double probability) {

    String token() {
        return counts.token();
    }

    double strength() {
        return Math.abs(probability - 0.5);
    }

    long evidence() {
        return counts.spam() + counts.ham();
    }

    /** The token in a sentence for a moderator. Tokens hold only letters, digits and ".-_", no markup. */
    String reason() {
        String seen = "%d spam and %d approved %s".formatted(counts.spam(), counts.ham(),
                counts.ham() == 1 ? "comment" : "comments");
        String token = counts.token();
        int colon = token.indexOf(':');
        if (colon < 0) {
            return "\"" + token + "\" appeared in " + seen;
        }
        String value = token.substring(colon + 1);
        return switch (token.substring(0, colon)) {
            case "host" -> "A link to " + value + " appeared in " + seen;
            case "site" -> "The website " + value + " appeared in " + seen;
            case "email-domain" -> "The email domain " + value + " appeared in " + seen;
            case "name" -> "\"" + value + "\" in the author's name appeared in " + seen;
            case "links" -> switch (value) {
                case "0" -> "No links, as in " + seen;
                case "1" -> "One link, as in " + seen;
                default -> "Two or more links, as in " + seen;
            };
            case "agent" -> value.equals("none")
                    ? "Sent without a user agent, as were " + seen
                    : "Sent by a \"" + value + "\" user agent, as were " + seen;
            case "shape" -> "Mostly capital letters, as in " + seen;
            default -> "\"" + token + "\" appeared in " + seen;
        };
    }
}
