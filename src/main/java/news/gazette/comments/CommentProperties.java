package news.gazette.comments;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code gazette.comments.*} properties: the comment rules, as WordPress names them, until the Settings page
 * saves others ({@link CommentSettings}). Words lists match whole words, case-insensitively, in the comment, the name,
 * the email, the website and the IP address.
 *
 * @param holdFirstComment hold a comment unless its author has an approved comment already
 * @param holdLinks hold a comment with at least this many links (0: never)
 * @param moderationWords hold a comment containing any of these
 * @param disallowedWords mark a comment containing any of these as spam
 * @param flood the least time between two comments from one IP address or one email
 * @param perIpPerHour comments one IP address may post in an hour, whatever else holds (0: no limit)
 * @param minimumFillTime the least time between showing the form and a person sending it
 * @param threadDepth how deep replies nest
 * @param perPage top-level comments on one page of a thread
 * @param closeAfter close comments on articles older than this (zero: never)
 * @param forgetAddressesAfter clear IP address and user agent of comments older than this (zero: never)
 */
@ConfigurationProperties("gazette.comments")
record CommentProperties(
        @DefaultValue("true") boolean holdFirstComment,
        @DefaultValue("2") int holdLinks,
        @DefaultValue List<String> moderationWords,
        @DefaultValue List<String> disallowedWords,
        @DefaultValue("15s") Duration flood,
        @DefaultValue("30") int perIpPerHour,
        @DefaultValue("3s") Duration minimumFillTime,
        @DefaultValue("5") int threadDepth,
        @DefaultValue("50") int perPage,
        @DefaultValue("0d") Duration closeAfter,
        @DefaultValue("0d") Duration forgetAddressesAfter) {

    CommentProperties {
        moderationWords = List.copyOf(moderationWords);
        disallowedWords = List.copyOf(disallowedWords);
    }
}
