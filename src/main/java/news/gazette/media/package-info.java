/**
 * Uploaded images: checks them (the type from the bytes, never the name; a size limit; sane pixel dimensions; a
 * description for readers who cannot see them), keeps them in the data directory's media folder under a name made
 * from their content, makes smaller copies for {@code srcset}, and serves them at {@code /media/{name}}.
 * {@link news.gazette.media.Media} is the front door; {@link news.gazette.media.MediaEditing} changes an image's alt
 * text and caption and deletes it (its files after commit), asking every {@link news.gazette.media.MediaReferences}
 * first so that an image still shown somewhere is kept. It knows no other module: who may upload is the newsroom's and
 * the accounts' business, where images are shown the business of the modules that show them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package news.gazette.media;
