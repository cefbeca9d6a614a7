window.YTD.branch_links.part0 = [
  {
    "branchLinks" : {
      "timestamp" : "2025-03-30T16:21:09.000Z",
      "landingPage" : "https://twitter.com/VeloGentEx/status/1906375120982458729",
      "externalReferrerUrl" : "https://www.example.com/nieuws/fietsstraten-gent",
      "channel" : "Twitter",
      "feature" : "tweet_share",
      "campaign" : "share_tweet_web_fallback"
    }
  },
  {
    "branchLinks" : {
      "timestamp" : "2025-04-02T07:54:47.000Z",
      "landingPage" : "https://twitter.com/i/spaces/1YpKkgeXwLbxj",
      "externalReferrerUrl" : "https://l.example.net/?u=https%3A%2F%2Ftwitter.com%2Fi%2Fspaces%2F1YpKkgeXwLbxj",
      "channel" : "Twitter",
      "feature" : "spaces_share",
      "campaign" : "spaces_share_sheet"
    }
  }
]
