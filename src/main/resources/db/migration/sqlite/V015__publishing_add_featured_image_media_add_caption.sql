-- An article's featured image, and the one each revision had: the id of an image in the media library, or NULL for
-- none. No foreign key: the media table is the media module's, and it asks publishing (MediaReferences) before it
-- deletes an image an article uses.
ALTER TABLE article ADD COLUMN featured_media_id INTEGER;
ALTER TABLE article_revision ADD COLUMN featured_media_id INTEGER;

CREATE INDEX article_by_featured_media ON article (featured_media_id);

-- A caption shown under an image where it is an article's featured image; plain text, empty for none.
ALTER TABLE media ADD COLUMN caption TEXT NOT NULL DEFAULT '';
