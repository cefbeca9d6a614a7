window.YTD.deleted_note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1873309217465028611",
      "updatedAt" : "2025-02-03T19:40:11.000Z",
      "createdAt" : "2025-02-03T19:22:47.000Z",
      "core" : {
        "text" : "Long thread on why the Križanke open-air stage needs delay towers past row 30: measured 38 ms at the back wall, so anything under the balcony smears. Will post the SMAART traces tomorrow."
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1901126638092554242",
      "updatedAt" : "2025-04-19T08:05:30.000Z",
      "createdAt" : "2025-04-19T07:58:02.000Z",
      "core" : {
        "text" : "Gear sale before the move: two DI boxes, a 16-channel stagebox with 30 m multicore, in-ear packs. DM me, pickup in Šiška only."
      }
    }
  }
]