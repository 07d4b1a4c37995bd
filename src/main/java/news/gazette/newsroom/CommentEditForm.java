package news.gazette.newsroom;

import news.gazette.comments.CommentEdit;

/** What the comment edit form posts, under the public comment form's field names; missing fields read as empty. */
public record CommentEditForm(String author, String email, String url, String comment) {

    static CommentEditForm of(CommentEdit written) {
        return new CommentEditForm(written.name(), written.email(), written.website(), written.text());
    }

    CommentEdit edit() {
        return new CommentEdit(author(), email(), url(), comment());
    }

    public String author() {
        return author == null ? "" : author;
    }

    public String email() {
        return email == null ? "" : email;
    }

    public String url() {
        return url == null ? "" : url;
    }

    public String comment() {
        return comment == null ? "" : comment;
    }
}
