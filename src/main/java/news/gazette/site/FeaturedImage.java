package news.gazette.site;

import news.gazette.media.MediaItem;

/**
 * An article's featured image as a page shows it: {@code src} with its {@code width} and {@code height} (so the
 * browser keeps the room before the image arrives), every size in {@code srcset} with the layout width in
 * {@code sizes}, and the alt text from the library, which is never empty. {@code caption} is empty for none.
 */
public record FeaturedImage(String src, String srcset, String sizes, String alt, String caption, int width,
                            int height) {

    /** Above an article, across the text column. */
    static FeaturedImage aboveArticle(MediaItem image) {
        return new FeaturedImage(image.url(), image.srcset(), "(min-width: 42rem) 40rem, calc(100vw - 2rem)",
                image.alt(), image.caption(), image.width(), image.height());
    }

    /** Beside an article in a list: the smallest copy, narrower than the column on a wide screen. */
    static FeaturedImage onCard(MediaItem image) {
        return new FeaturedImage(image.thumbnailUrl(), image.srcset(), "(min-width: 36rem) 10rem, calc(100vw - 2rem)",
                image.alt(), "", image.thumbnailWidth(), image.thumbnailHeight());
    }
}
