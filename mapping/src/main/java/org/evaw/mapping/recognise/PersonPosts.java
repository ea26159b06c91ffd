package org.evaw.mapping.recognise;

import java.util.Set;

/**
 * Words that name a person by their post, rank or title, in any of three word lists:
 * words/post-titles.txt, words/person-titles.txt and words/person-posts.txt, the posts the other two
 * leave out because alone they open organisations' names too. Read where a word beside a name says
 * the name is a person's: the words before a partner's "of" ({@link PersonAffiliations}), a post in
 * apposition to a list's item ({@link ListPeers}).
 */
final class PersonPosts {
    private static final Set<String> POST_TITLES = WordList.of("post-titles");
    private static final Set<String> PERSON_TITLES = WordList.of("person-titles");
    private static final Set<String> POSTS = WordList.of("person-posts");

    private PersonPosts() {}

    /** Whether {@code word}, as written, names a post, rank or title: "Representative", "Deputy", "Colonel". */
    static boolean is(String word) {
        return POST_TITLES.contains(word) || PERSON_TITLES.contains(word) || POSTS.contains(word);
    }
}
