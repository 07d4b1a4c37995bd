/**
 * Uploaded images: checks them (the type from the bytes, never the name; a size limit; sane pixel dimensions; a
 * description for readers who cannot see them), keeps them in the data directory's media folder under a name made
 * from their content, makes smaller copies for {@code srcset}, and serves them at {@code /media/{name}}.
 * {@link news.gazette.media.Media} is the front door. Who may upload is the newsroom's and the accounts' business.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package news.gazette.media;
