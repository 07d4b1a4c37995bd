package news.gazette.newsroom;

import java.util.List;

import news.gazette.accounts.FieldErrors;
import news.gazette.newsroom.EditorPage.Choice;

/**
 * The model of {@code newsroom/taxonomy/form.jte}: a category, tag or author profile as typed, to create or change,
 * with what else may be done to it.
 *
 * @param descriptionLabel the label of the description or bio; null for a tag
 * @param deleteAction where deleting posts; null when it cannot be deleted from here
 * @param mergeAction where merging posts, for a tag; null otherwise
 */
public record TermFormPage(NewsroomChrome chrome, String heading, String listUrl, String listLabel, String formAction,
                           String saveLabel, TermForm form, String descriptionLabel, FieldErrors errors,
                           String problem, String notice, String publicUrl, String deleteAction, String deleteHint,
                           String mergeAction, List<Choice> mergeChoices) {
}
