window.YTD.reply_prompt.part0 = [
  {
    "promptEvent" : {
      "promptId" : "1469050028159926272",
      "userId" : "781244903517290496",
      "createdAt" : "2021-12-09T21:03:15.540Z"
    }
  },
  {
    "promptEvent" : {
      "proposedTweetText" : "Anyone who calls this \"cheap tourist glass\" has clearly never stood in front of an 1100 °C furnace for eight hours, you clueless clown",
      "promptId" : "1503463894021046273",
      "createdAt" : "2022-03-14T20:11:40.218Z",
      "userId" : "781244903517290496",
      "inReplyToTweetId" : "1503460463080374277"
    }
  },
  {
    "promptEvent" : {
      "promptId" : "1572852437742518275",
      "userId" : "781244903517290496",
      "createdAt" : "2022-09-22T07:36:58.061Z",
      "promptActionType" : {
        "value" : "2",
        "name" : "ReviseTweet",
        "originalName" : "ReviseTweet",
        "annotations" : { }
      }
    }
  },
  {
    "promptEvent" : {
      "promptId" : "1588929259500470272",
      "userId" : "781244903517290496",
      "createdAt" : "2022-11-05T16:20:31.774Z",
      "promptActionType" : {
        "value" : "1",
        "name" : "SendTweet",
        "originalName" : "SendTweet",
        "annotations" : { }
      }
    }
  }
]