package news.gazette.newsroom;

import java.util.List;

/**
 * The model of {@code newsroom/recoveryCodes.jte}: new recovery codes, shown this once; {@code notice} says what
 * just happened.
 */
public record RecoveryCodesPage(NewsroomChrome chrome, String notice, List<String> codes) {
}
