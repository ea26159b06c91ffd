package org.evaw.mapping.recognise;

/** A hashtag that the text calls a campaign, a challenge or a drive is a programme's name. */
class HashtagCampaignsTest extends RuleSentencesTest {
    @Override String rule() { return "hashtag-campaigns"; }
}
