window.YTD.reply_prompt.part0 = [
  {
    "promptEvent" : {
      "promptId" : "1461822093517754370",
      "userId" : "1302954418760331265",
      "createdAt" : "2021-11-19T22:14:03.418Z"
    }
  },
  {
    "promptEvent" : {
      "proposedTweetText" : "Honestly if you think a whistle in D is \"beginner only\" you've clearly never heard a proper session in Ennis, you absolute clown",
      "promptId" : "1479025118830247936",
      "createdAt" : "2022-01-06T09:32:51.204Z",
      "userId" : "1302954418760331265",
      "inReplyToTweetId" : "1478990215508697090"
    }
  },
  {
    "promptEvent" : {
      "promptId" : "1503317764290002944",
      "userId" : "1302954418760331265",
      "createdAt" : "2022-03-14T11:07:40.775Z",
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
      "proposedTweetText" : "Stop copying my fipple design and flogging it on your shop, it's pathetic",
      "promptId" : "1503317764302585856",
      "createdAt" : "2022-03-14T11:07:38.052Z",
      "userId" : "1302954418760331265",
      "inReplyToTweetId" : "1503301877154504705"
    }
  },
  {
    "promptEvent" : {
      "promptId" : "1571240663918252033",
      "userId" : "1302954418760331265",
      "createdAt" : "2022-09-17T20:52:19.330Z",
      "promptActionType" : {
        "value" : "1",
        "name" : "SendTweet",
        "originalName" : "SendTweet",
        "annotations" : { }
      }
    }
  }
]
