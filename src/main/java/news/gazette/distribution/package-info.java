/**
 * What the site gives other software: for now the comment feeds (RSS 2.0, site-wide and per article); article
 * feeds, sitemaps, structured data, the REST API and WordPress import and export come here. Everything it
 * publishes comes through the other modules' front doors, so it can publish nothing they keep private.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "publishing", "comments", "site"})
package news.gazette.distribution;
